package org.dutyboard.rotation.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.people.PeopleService;
import org.dutyboard.rotation.Rotation;
import org.dutyboard.rotation.RotationRepository;
import org.dutyboard.rotation.RotationRole;
import org.dutyboard.rotation.schedule.ShiftExpansion;

/**
 * Overrides and skipped periods. Every change has a reason, an author and a time, lands in the
 * rotation's history, never touches a shift that has started, and bumps the rotation's version so
 * two concurrent changes to one rotation cannot both pass their checks (one gets CONFLICT).
 */
@ApplicationScoped
@Transactional
public class ScheduleChangeService {
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject PeopleService people;
  @Inject RotationRepository repository;
  @Inject ScheduleHistory history;

  public ShiftOverrideView addOverride(
      UUID rotationId, ShiftOverrideInput input, Integer expectedVersion) {
    caller.require(Role.SCHEDULER);
    Rotation rotation = lockForChange(rotationId, expectedVersion);
    requireRole(rotation.id, input.role());
    String reason = requireReason(input.reason());
    Instant now = clock.instant();
    if (input.startsAt() == null
        || input.endsAt() == null
        || !input.endsAt().isAfter(input.startsAt())) {
      throw DutyboardException.validation("endsAt", "endsAt must be after startsAt");
    }
    if (input.startsAt().isBefore(now)) {
      throw DutyboardException.validation(
          "startsAt", "startsAt is in the past; past shifts are immutable");
    }
    OverrideKind kind = input.kind();
    if (kind == OverrideKind.REMOVE && input.personId() != null) {
      throw DutyboardException.validation("personId", "a REMOVE override names no person");
    }
    if (kind != OverrideKind.REMOVE) {
      people.requirePerson(input.personId(), "personId");
    }
    long overlapping =
        ScheduleOverride.count(
            "rotationId = ?1 and role = ?2 and cancelledAt is null and startsAt < ?3 and endsAt > ?4",
            rotation.id,
            input.role(),
            input.endsAt(),
            input.startsAt());
    if (overlapping > 0) {
      throw DutyboardException.conflict(
          "startsAt",
          "Another override of " + input.role() + " overlaps this range; cancel it first");
    }
    ScheduleOverride override = new ScheduleOverride();
    override.id = UUID.randomUUID();
    override.rotationId = rotation.id;
    override.role = input.role();
    override.kind = kind;
    override.personId = input.personId();
    override.startsAt = input.startsAt();
    override.endsAt = input.endsAt();
    override.reason = reason;
    override.author = caller.name();
    override.createdAt = now;
    override.persist();
    history.record(
        rotation.id,
        ScheduleChangeKind.OVERRIDE_ADDED,
        kind + " " + input.role() + " " + input.startsAt() + " - " + input.endsAt(),
        reason);
    em.flush();
    return ScheduleChangeViews.override(override);
  }

  public ShiftOverrideView cancelOverride(UUID id, String reason, Integer expectedVersion) {
    caller.require(Role.SCHEDULER);
    ScheduleOverride override = Entities.require(ScheduleOverride.class, id, "id", "Override");
    lockForChange(override.rotationId, expectedVersion);
    if (override.cancelledAt == null) {
      if (override.startsAt.isBefore(clock.instant())) {
        throw DutyboardException.conflict("The override has started; past shifts are immutable");
      }
      override.cancelledAt = clock.instant();
      override.cancelledBy = caller.name();
      history.record(
          override.rotationId,
          ScheduleChangeKind.OVERRIDE_CANCELLED,
          "Override " + id,
          requireReason(reason));
    }
    em.flush();
    return ScheduleChangeViews.override(override);
  }

  /** Marks the shifts starting in {@code [startsAt, endsAt)} as "no duty". */
  public SkippedPeriodView skip(
      UUID rotationId, SkippedPeriodInput input, Integer expectedVersion) {
    Instant startsAt = input.startsAt();
    Instant endsAt = input.endsAt();
    String reason = input.reason();
    caller.require(Role.SCHEDULER);
    Rotation rotation = lockForChange(rotationId, expectedVersion);
    String why = requireReason(reason);
    if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
      throw DutyboardException.validation("endsAt", "endsAt must be after startsAt");
    }
    ShiftExpansion expansion = new ShiftExpansion(rotation.pattern());
    List<ShiftExpansion.Shift> covered = expansion.shiftsStartingBetween(startsAt, endsAt);
    if (covered.isEmpty()) {
      throw DutyboardException.validation("startsAt", "no shift starts in this range");
    }
    if (covered.get(0).start().isBefore(clock.instant())) {
      throw DutyboardException.validation(
          "startsAt",
          "the range covers a shift that has already started; past shifts are immutable");
    }
    long overlapping =
        SkippedPeriod.count(
            "rotationId = ?1 and cancelledAt is null and startsAt < ?2 and endsAt > ?3",
            rotationId,
            endsAt,
            startsAt);
    if (overlapping > 0) {
      throw DutyboardException.conflict("startsAt", "The range overlaps another skipped period");
    }
    SkippedPeriod skip = new SkippedPeriod();
    skip.id = UUID.randomUUID();
    skip.rotationId = rotationId;
    skip.startsAt = startsAt;
    skip.endsAt = endsAt;
    skip.reason = why;
    skip.author = caller.name();
    skip.createdAt = clock.instant();
    skip.persist();
    history.record(
        rotationId,
        ScheduleChangeKind.SHIFTS_SKIPPED,
        covered.size() + " shift(s) from " + startsAt,
        why);
    em.flush();
    return ScheduleChangeViews.skip(skip);
  }

  public SkippedPeriodView cancelSkip(UUID id, String reason, Integer expectedVersion) {
    caller.require(Role.SCHEDULER);
    SkippedPeriod skip = Entities.require(SkippedPeriod.class, id, "id", "Skipped period");
    lockForChange(skip.rotationId, expectedVersion);
    if (skip.cancelledAt == null) {
      if (skip.startsAt.isBefore(clock.instant())) {
        throw DutyboardException.conflict(
            "The skipped period has started; past shifts are immutable");
      }
      skip.cancelledAt = clock.instant();
      skip.cancelledBy = caller.name();
      history.record(
          skip.rotationId,
          ScheduleChangeKind.SKIP_CANCELLED,
          "Skipped period " + id,
          requireReason(reason));
    }
    em.flush();
    return ScheduleChangeViews.skip(skip);
  }

  /** Loads the rotation and forces a version bump at commit, serialising changes per rotation. */
  public Rotation lockForChange(UUID rotationId, Integer expectedVersion) {
    Rotation rotation = Entities.require(Rotation.class, rotationId, "rotationId", "Rotation");
    DutyboardException.checkVersion("Rotation " + rotationId, expectedVersion, rotation.version);
    em.lock(rotation, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return rotation;
  }

  public void requireRole(UUID rotationId, String role) {
    if (RotationRole.count("rotationId = ?1 and name = ?2", rotationId, role) == 0) {
      throw DutyboardException.validation("role", "The rotation has no role " + role);
    }
  }

  public static String requireReason(String reason) {
    return Texts.required("reason", reason, 2000);
  }
}
