package org.dutyboard.rotation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
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

/** Creating, editing and deleting rotations (their settings and roles). Schedulers edit. */
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
    Rotation rotation = repository.lockForEdit(id, expectedVersion);
    ShiftPattern before = rotation.pattern();
    List<RoleSpec> rolesBefore = RotationRole.specsOf(id);
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
    RoleAssignment.requireValid(roles, latestRoster(id));
    if (!started) {
      replaceRoles(rotation, roles);
    }
    history.record(rotation.id, ScheduleChangeKind.ROTATION_UPDATED, "Settings changed", null);
    em.flush();
    return RotationViews.rotation(repository.load(rotation));
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

  private void replaceRoles(Rotation rotation, List<RoleSpec> roles) {
    RotationRole.delete("rotationId", rotation.id);
    em.flush();
    RotationRole.storeAll(rotation.id, roles);
  }
}
