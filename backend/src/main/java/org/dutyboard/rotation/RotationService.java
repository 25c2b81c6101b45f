package org.dutyboard.rotation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.graphql.TimeZone;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.people.PeopleService;
import org.dutyboard.rotation.RoleAssignment.RoleSpec;
import org.dutyboard.rotation.change.ScheduleChangeKind;
import org.dutyboard.rotation.change.ScheduleHistory;
import org.dutyboard.rotation.schedule.ShiftExpansion;
import org.dutyboard.rotation.schedule.ShiftPattern;

/** Creating and editing rotations and their rosters. Schedulers edit, viewers read. */
@ApplicationScoped
@Transactional
public class RotationService {
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject PeopleService people;
  @Inject RotationRepository repository;
  @Inject ScheduleHistory history;

  public RotationView create(RotationInput input) {
    caller.require(Role.SCHEDULER);
    Rotation rotation = new Rotation();
    rotation.id = UUID.randomUUID();
    rotation.createdAt = clock.instant();
    apply(rotation, input);
    rotation.persist();
    replaceRoles(rotation, roles(input));
    history.record(
        rotation.id,
        ScheduleChangeKind.ROTATION_CREATED,
        "Rotation " + rotation.name + " created",
        null);
    em.flush();
    return RotationViews.rotation(repository.load(rotation));
  }

  public RotationView update(UUID id, RotationInput input, Integer expectedVersion) {
    caller.require(Role.SCHEDULER);
    Rotation rotation = require(id);
    DutyboardException.checkVersion("Rotation " + id, expectedVersion, rotation.version);
    // Roles and roster are part of the compiled schedule (cached by version): bump the version
    // now, even when the clock has not moved, so the returned version is the committed one.
    em.lock(rotation, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    ShiftPattern before = rotation.pattern();
    List<RoleSpec> rolesBefore = roleSpecs(id);
    String policyBefore = rotation.skipPolicy;
    apply(rotation, input);
    List<RoleSpec> roles = roles(input);
    boolean started = !clock.instant().isBefore(new ShiftExpansion(before).startOf(0));
    if (started
        && (!before.equals(rotation.pattern())
            || !rolesBefore.equals(roles)
            || !policyBefore.equals(rotation.skipPolicy))) {
      throw DutyboardException.conflict(
          "input",
          "The rotation has started and past shifts are immutable: only its name and description"
              + " can change. Create a new rotation for a new handoff pattern, roles or skip policy.");
    }
    validateRoster(roles, latestRoster(id));
    if (!started) {
      replaceRoles(rotation, roles);
    }
    history.record(rotation.id, ScheduleChangeKind.ROTATION_UPDATED, "Settings changed", null);
    em.flush();
    return RotationViews.rotation(repository.load(rotation));
  }

  /**
   * Sets the roster from the first shift starting at or after {@code effectiveFrom} (default now),
   * so past and running shifts never change. The first roster of a rotation applies from its first
   * shift. A change replaces roster changes scheduled after it, and continues the order: the person
   * who would have been first at that shift stays first if they remain on the roster.
   */
  public RotationView setRoster(UUID id, RosterInput input, Integer expectedVersion) {
    List<UUID> personIds = input.personIds();
    Instant effectiveFrom = input.effectiveFrom();
    String reason = input.reason();
    caller.require(Role.SCHEDULER);
    Rotation rotation = require(id);
    DutyboardException.checkVersion("Rotation " + id, expectedVersion, rotation.version);
    // Roles and roster are part of the compiled schedule (cached by version): bump the version
    // now, even when the clock has not moved, so the returned version is the committed one.
    em.lock(rotation, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    Instant now = clock.instant();
    if (effectiveFrom != null && effectiveFrom.isBefore(now)) {
      throw DutyboardException.validation(
          "effectiveFrom", "effectiveFrom is in the past; past shifts are immutable");
    }
    validateRoster(roleSpecs(id), personIds);
    personIds.forEach(p -> people.requirePerson(p, "personIds"));
    LoadedRotation loaded = repository.load(rotation);
    boolean first = RosterVersion.count("rotationId", id) == 0;
    long fromIndex =
        first ? 0 : firstShiftAtOrAfter(loaded, effectiveFrom == null ? now : effectiveFrom);
    int anchor = first ? 0 : loaded.composer().anchorFor(fromIndex, personIds);
    RosterVersion.delete("rotationId = ?1 and fromIndex >= ?2", id, fromIndex);
    em.flush();
    RosterVersion version = new RosterVersion();
    version.id = UUID.randomUUID();
    version.rotationId = id;
    version.fromIndex = fromIndex;
    version.anchorPosition = anchor;
    version.author = caller.name();
    version.reason = reason;
    version.createdAt = now;
    version.persist();
    for (int i = 0; i < personIds.size(); i++) {
      RosterEntry entry = new RosterEntry();
      entry.id = UUID.randomUUID();
      entry.rotationId = id;
      entry.rosterVersionId = version.id;
      entry.position = i;
      entry.personId = personIds.get(i);
      entry.persist();
    }
    rotation.updatedAt = now;
    history.record(
        id,
        ScheduleChangeKind.ROSTER_CHANGED,
        "Roster of " + personIds.size() + " people from shift " + fromIndex,
        reason);
    em.flush();
    return RotationViews.rotation(repository.load(rotation));
  }

  private static long firstShiftAtOrAfter(LoadedRotation loaded, Instant at) {
    return loaded
        .expansion()
        .shiftAt(at)
        .map(s -> s.start().equals(at) ? s.index() : s.index() + 1)
        .orElse(0L);
  }

  private List<RoleSpec> roleSpecs(UUID rotationId) {
    return RotationRole.<RotationRole>list("rotationId", Sort.by("position"), rotationId).stream()
        .map(RotationRole::spec)
        .toList();
  }

  private List<UUID> latestRoster(UUID rotationId) {
    return RosterVersion.<RosterVersion>find(
            "rotationId", Sort.by("fromIndex").descending(), rotationId)
        .firstResultOptional()
        .map(
            v ->
                RosterEntry.<RosterEntry>list("rosterVersionId", Sort.by("position"), v.id).stream()
                    .map(e -> e.personId)
                    .toList())
        .orElse(List.of());
  }

  public boolean delete(UUID id, Integer expectedVersion) {
    caller.require(Role.SCHEDULER);
    Rotation rotation = require(id);
    DutyboardException.checkVersion("Rotation " + id, expectedVersion, rotation.version);
    rotation.delete();
    return true;
  }

  private Rotation require(UUID id) {
    return Entities.require(Rotation.class, id, "id", "Rotation");
  }

  private void apply(Rotation rotation, RotationInput input) {
    people.requireTeam(input.teamId(), "teamId");
    String name = input.name() == null ? "" : input.name().strip();
    if (name.isEmpty() || name.length() > 200) {
      throw DutyboardException.validation("name", "name must have 1-200 characters");
    }
    Texts.name("name", name, 200); // names reach calendars and reports: same text checks
    if (input.description() != null && input.description().length() > 4000) {
      throw DutyboardException.validation("description", "description is over 4000 characters");
    }
    Rotation.<Rotation>find("teamId = ?1 and name = ?2", input.teamId(), name)
        .firstResultOptional()
        .filter(other -> !other.id.equals(rotation.id))
        .ifPresent(
            other -> {
              throw DutyboardException.conflict("name", "The team has a rotation named " + name);
            });
    int length = input.shiftLengthDays() == null ? 7 : input.shiftLengthDays();
    if (length < 1 || length > ShiftPattern.MAX_LENGTH_DAYS) {
      throw DutyboardException.validation(
          "shiftLengthDays", "shiftLengthDays must be 1-" + ShiftPattern.MAX_LENGTH_DAYS);
    }
    if (input.handoffDay() != null && length % 7 != 0) {
      throw DutyboardException.validation(
          "handoffDay", "a handoff weekday needs shiftLengthDays in whole weeks (7, 14, 21, 28)");
    }
    if (input.startsOn() == null) {
      throw DutyboardException.validation("startsOn", "startsOn is required");
    }
    if (input.handoffTime() == null) {
      throw DutyboardException.validation("handoffTime", "handoffTime is required");
    }
    rotation.teamId = input.teamId();
    rotation.name = name;
    rotation.description = input.description();
    rotation.timeZone =
        TimeZone.parse(input.timeZone() == null ? null : input.timeZone().toString(), "timeZone")
            .getId();
    rotation.startsOn = input.startsOn();
    rotation.handoffDay =
        input.handoffDay() == null ? null : input.handoffDay().toDayOfWeek().getValue();
    rotation.handoffTime = input.handoffTime().toLocalTime("handoffTime");
    rotation.shiftLengthDays = length;
    rotation.skipPolicy =
        (input.skipPolicy() == null ? SkipPolicy.PAUSE : input.skipPolicy()).name();
    rotation.updatedAt = clock.instant();
  }

  private static List<RoleSpec> roles(RotationInput input) {
    List<RoleInput> given =
        input.roles() == null || input.roles().isEmpty()
            ? List.of(new RoleInput("primary", null))
            : input.roles();
    List<RoleSpec> specs = new ArrayList<>();
    var names = new HashSet<String>();
    for (int i = 0; i < given.size(); i++) {
      RoleInput role = given.get(i);
      String name = role.name() == null ? "" : role.name().strip();
      if (name.isEmpty() || name.length() > 64) {
        throw DutyboardException.validation("roles", "role names must have 1-64 characters");
      }
      Texts.name("roles", name, 64);
      if (!names.add(name)) {
        throw DutyboardException.validation("roles", "role " + name + " is listed twice");
      }
      specs.add(new RoleSpec(name, role.rosterOffset() == null ? i : role.rosterOffset()));
    }
    return specs;
  }

  private static void validateRoster(List<RoleSpec> roles, List<UUID> roster) {
    String problem = RoleAssignment.problem(roles, roster);
    if (problem != null) {
      throw DutyboardException.validation(roster.isEmpty() ? "roles" : "personIds", problem);
    }
  }

  private void replaceRoles(Rotation rotation, List<RoleSpec> roles) {
    RotationRole.delete("rotationId", rotation.id);
    em.flush();
    for (int i = 0; i < roles.size(); i++) {
      RotationRole role = new RotationRole();
      role.id = UUID.randomUUID();
      role.rotationId = rotation.id;
      role.position = i;
      role.name = roles.get(i).name();
      role.rosterOffset = roles.get(i).rosterOffset();
      role.persist();
    }
  }
}
