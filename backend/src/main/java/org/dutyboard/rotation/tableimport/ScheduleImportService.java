package org.dutyboard.rotation.tableimport;

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
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.people.PeopleViews;
import org.dutyboard.people.Person;
import org.dutyboard.people.PersonView;
import org.dutyboard.rotation.Rotation;
import org.dutyboard.rotation.RotationRole;
import org.dutyboard.rotation.change.ScheduleChangeKind;
import org.dutyboard.rotation.change.ScheduleChangeService;
import org.dutyboard.rotation.change.ScheduleHistory;
import org.dutyboard.rotation.change.SkippedPeriod;
import org.dutyboard.rotation.schedule.ExplicitAssignment;
import org.dutyboard.rotation.schedule.ShiftExpansion;

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

  public ScheduleImportView importTable(
      UUID rotationId, String csv, boolean createMissingPeople, Integer expectedVersion) {
    caller.require(Role.SCHEDULER);
    if (csv == null || csv.isBlank()) {
      throw DutyboardException.validation("csv", "csv is empty");
    }
    Rotation rotation = Entities.require(Rotation.class, rotationId, "rotationId", "Rotation");
    List<String> roles =
        RotationRole.<RotationRole>list("rotationId", Sort.by("position"), rotationId).stream()
            .map(r -> r.name)
            .toList();
    ScheduleTable.Parsed table = ScheduleTable.parse(csv, roles);
    ShiftExpansion expansion = new ShiftExpansion(rotation.pattern());
    People people = check(rotation, expansion, table, createMissingPeople);
    changes.lockForChange(rotationId, expectedVersion);
    return write(rotation, expansion, table, people);
  }

  /** People the table names: those Dutyboard knows by name, and those to create. */
  private record People(Map<String, Person> byName, List<String> missing) {}

  /** Checks every row before anything is written; throws with every error, naming the lines. */
  private People check(
      Rotation rotation,
      ShiftExpansion expansion,
      ScheduleTable.Parsed table,
      boolean createMissingPeople) {
    List<String> errors = new ArrayList<>(table.errors());
    Map<LocalDate, Integer> seen = new HashMap<>();
    People people = new People(new HashMap<>(), new ArrayList<>());
    for (ScheduleTable.Row row : table.rows()) {
      Integer earlier = seen.put(row.weekStart(), row.line());
      if (earlier != null) {
        errors.add(
            "line " + row.line() + ": week " + row.weekStart() + " overlaps line " + earlier);
      }
      checkWeek(rotation, expansion, row).ifPresent(errors::add);
      for (ScheduleTable.Cell cell : row.cells()) {
        Optional<Person> person = findPerson(cell.name());
        if (person.isPresent()) {
          people.byName().put(cell.name(), person.get());
        } else if (!createMissingPeople) {
          errors.add("line " + row.line() + ": unknown person '" + cell.name() + "'");
        } else if (!people.missing().contains(cell.name())) {
          people.missing().add(cell.name());
        }
      }
    }
    if (!errors.isEmpty()) {
      throw DutyboardException.validation(
          "csv", "The table was not imported: " + String.join("; ", errors));
    }
    return people;
  }

  /** The row's week must start a shift that is not recorded yet. */
  private static Optional<String> checkWeek(
      Rotation rotation, ShiftExpansion expansion, ScheduleTable.Row row) {
    Optional<Long> index = shiftStartingOn(expansion, rotation, row.weekStart());
    if (index.isEmpty()) {
      return Optional.of(
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
    }
    if (isRecorded(rotation.id, expansion.shift(index.get()))) {
      return Optional.of(
          "line " + row.line() + ": the week of " + row.weekStart() + " is already recorded");
    }
    return Optional.empty();
  }

  /** Writes a checked table: missing people, the import record, skipped weeks, assignments. */
  private ScheduleImportView write(
      Rotation rotation, ShiftExpansion expansion, ScheduleTable.Parsed table, People people) {
    Instant now = clock.instant();
    List<PersonView> created = new ArrayList<>();
    for (String name : people.missing()) {
      Person person = newPerson(name, rotation.timeZone, now);
      people.byName().put(name, person);
      created.add(PeopleViews.of(person));
    }
    ScheduleImport record = new ScheduleImport();
    record.id = UUID.randomUUID();
    record.rotationId = rotation.id;
    record.rows = table.rows().size();
    record.author = caller.name();
    record.createdAt = now;
    record.persist();
    int assignments = 0;
    int skipped = 0;
    for (ScheduleTable.Row row : table.rows()) {
      ShiftExpansion.Shift shift =
          expansion.shift(shiftStartingOn(expansion, rotation, row.weekStart()).orElseThrow());
      if (row.skipped()) {
        skipWeek(rotation.id, shift, row.line(), now);
        skipped++;
      }
      for (ScheduleTable.Cell cell : row.cells()) {
        assign(record, shift.index(), cell.role(), people.byName().get(cell.name()));
        assignments++;
      }
    }
    history.record(
        rotation.id,
        ScheduleChangeKind.SCHEDULE_IMPORTED,
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

  private void skipWeek(UUID rotationId, ShiftExpansion.Shift shift, int line, Instant now) {
    SkippedPeriod skip = new SkippedPeriod();
    skip.id = UUID.randomUUID();
    skip.rotationId = rotationId;
    skip.startsAt = shift.start();
    skip.endsAt = shift.end();
    skip.reason = "Imported: no duty this week (line " + line + ")";
    skip.author = caller.name();
    skip.createdAt = now;
    skip.persist();
  }

  private static void assign(ScheduleImport record, long shiftIndex, String role, Person person) {
    ExplicitAssignment assignment = new ExplicitAssignment();
    assignment.id = UUID.randomUUID();
    assignment.rotationId = record.rotationId;
    assignment.shiftIndex = shiftIndex;
    assignment.role = role;
    assignment.personId = person.id;
    assignment.importId = record.id;
    assignment.persist();
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
