package org.dutyboard.rotation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.people.PeopleViews;
import org.dutyboard.people.Person;
import org.dutyboard.people.PersonView;

/**
 * Imports a published schedule table into explicit assignments and skipped weeks, all or nothing:
 * any bad row rejects the whole table with errors naming the lines, and nothing is written. It may
 * record past weeks that have no explicit assignment yet (bringing an existing table into
 * Dutyboard) but never changes one that is already recorded: with explicit assignments or inside a
 * skipped period that is not cancelled. Everything is checked before the rotation is locked, so a
 * refused table leaves the session untouched.
 */
@ApplicationScoped
@Transactional
public class ScheduleImportService {
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject ScheduleChangeService changes;
  @Inject ScheduleHistory history;

  public ScheduleImportView importTable(UUID rotationId, String csv, boolean createMissingPeople) {
    caller.require(Role.SCHEDULER);
    if (csv == null || csv.isBlank()) {
      throw DutyboardException.validation("csv", "csv is empty");
    }
    Rotation rotation =
        Rotation.<Rotation>findByIdOptional(rotationId)
            .orElseThrow(() -> DutyboardException.notFound("rotationId", "Rotation", rotationId));
    List<String> roles =
        RotationRole.<RotationRole>list("rotationId", Sort.by("position"), rotationId).stream()
            .map(r -> r.name)
            .toList();
    ScheduleTable.Parsed table = ScheduleTable.parse(csv, roles);
    List<String> errors = new ArrayList<>(table.errors());
    ShiftExpansion expansion = new ShiftExpansion(rotation.pattern());
    Map<LocalDate, Integer> seen = new HashMap<>();
    Map<String, Person> byName = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (ScheduleTable.Row row : table.rows()) {
      Integer earlier = seen.put(row.weekStart(), row.line());
      if (earlier != null) {
        errors.add(
            "line " + row.line() + ": week " + row.weekStart() + " overlaps line " + earlier);
      }
      Optional<Long> index = shiftStartingOn(expansion, rotation, row.weekStart());
      if (index.isEmpty()) {
        errors.add(
            "line "
                + row.line()
                + ": "
                + row.weekStart()
                + " is not the start of a shift (shifts"
                + " start on "
                + expansion.shift(0).start().atZone(rotation.pattern().zone()).getDayOfWeek()
                + "s from "
                + rotation.startsOn
                + ")");
      } else if (isRecorded(rotationId, expansion.shift(index.get()))) {
        errors.add(
            "line " + row.line() + ": the week of " + row.weekStart() + " is already recorded");
      }
      for (ScheduleTable.Cell cell : row.cells()) {
        Optional<Person> person = findPerson(cell.name());
        if (person.isPresent()) {
          byName.put(cell.name(), person.get());
        } else if (!createMissingPeople) {
          errors.add("line " + row.line() + ": unknown person '" + cell.name() + "'");
        } else if (!missing.contains(cell.name())) {
          missing.add(cell.name());
        }
      }
    }
    if (!errors.isEmpty()) {
      throw DutyboardException.validation(
          "csv", "The table was not imported: " + String.join("; ", errors));
    }
    changes.lockForChange(rotationId, null);
    Instant now = clock.instant();
    List<PersonView> created = new ArrayList<>();
    for (String name : missing) {
      Person person = newPerson(name, rotation.timeZone, now);
      byName.put(name, person);
      created.add(PeopleViews.of(person));
    }
    ScheduleImport record = new ScheduleImport();
    record.id = UUID.randomUUID();
    record.rotationId = rotationId;
    record.rows = table.rows().size();
    record.author = caller.name();
    record.createdAt = now;
    record.persist();
    int assignments = 0;
    int skipped = 0;
    for (ScheduleTable.Row row : table.rows()) {
      long index = shiftStartingOn(expansion, rotation, row.weekStart()).orElseThrow();
      if (row.skipped()) {
        ShiftExpansion.Shift shift = expansion.shift(index);
        SkippedPeriod skip = new SkippedPeriod();
        skip.id = UUID.randomUUID();
        skip.rotationId = rotationId;
        skip.startsAt = shift.start();
        skip.endsAt = shift.end();
        skip.reason = "Imported: no duty this week (line " + row.line() + ")";
        skip.author = caller.name();
        skip.createdAt = now;
        skip.persist();
        skipped++;
      }
      for (ScheduleTable.Cell cell : row.cells()) {
        ExplicitAssignment assignment = new ExplicitAssignment();
        assignment.id = UUID.randomUUID();
        assignment.rotationId = rotationId;
        assignment.shiftIndex = index;
        assignment.role = cell.role();
        assignment.personId = byName.get(cell.name()).id;
        assignment.importId = record.id;
        assignment.persist();
        assignments++;
      }
    }
    history.record(
        rotationId,
        "SCHEDULE_IMPORTED",
        table.rows().size()
            + " rows: "
            + assignments
            + " assignments, "
            + skipped
            + " skipped weeks",
        null);
    em.flush();
    return new ScheduleImportView(record.id, table.rows().size(), assignments, skipped, created);
  }

  /** The week has explicit assignments or lies in a skipped period that is not cancelled. */
  private static boolean isRecorded(UUID rotationId, ShiftExpansion.Shift shift) {
    return ExplicitAssignment.count(
                "rotationId = ?1 and shiftIndex = ?2", rotationId, shift.index())
            > 0
        || SkippedPeriod.count(
                "rotationId = ?1 and cancelledAt is null and startsAt <= ?2 and endsAt > ?2",
                rotationId,
                shift.start())
            > 0;
  }

  private static Optional<Long> shiftStartingOn(
      ShiftExpansion expansion, Rotation rotation, LocalDate date) {
    Instant dayStart = date.atStartOfDay(rotation.pattern().zone()).toInstant();
    Instant dayEnd = date.plusDays(1).atStartOfDay(rotation.pattern().zone()).toInstant();
    List<ShiftExpansion.Shift> shifts = expansion.shiftsStartingBetween(dayStart, dayEnd);
    return shifts.isEmpty() ? Optional.empty() : Optional.of(shifts.get(0).index());
  }

  /** A handle (case-insensitive) or an exact full name, if it names exactly one person. */
  private static Optional<Person> findPerson(String name) {
    Optional<Person> byHandle =
        Person.<Person>find("lower(handle) = ?1", name.toLowerCase(Locale.ROOT))
            .firstResultOptional();
    if (byHandle.isPresent()) {
      return byHandle;
    }
    List<Person> byName = Person.list("lower(name) = ?1", name.toLowerCase(Locale.ROOT));
    return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
  }

  private static Person newPerson(String name, String zone, Instant now) {
    String base =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    // Handles are at most 64 characters: leave room for a "-N" suffix.
    base = base.isEmpty() ? "person" : base.substring(0, Math.min(base.length(), 56));
    base = base.replaceAll("-$", "");
    String handle = base;
    for (int n = 2; Person.count("handle", handle) > 0; n++) {
      handle = base + "-" + n;
    }
    Person person = new Person();
    person.id = UUID.randomUUID();
    person.name = name;
    person.handle = handle;
    person.timeZone = zone;
    person.createdAt = now;
    person.updatedAt = now;
    person.persist();
    return person;
  }
}
