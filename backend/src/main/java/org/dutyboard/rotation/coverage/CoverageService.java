package org.dutyboard.rotation.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.rotation.RoleAssignment.RoleSpec;
import org.dutyboard.rotation.schedule.ComposedSchedules;
import org.dutyboard.rotation.schedule.ComposedSchedules.RotationSchedule;
import org.dutyboard.rotation.schedule.ScheduleConfig;

/** Coverage gaps of the coming days (see {@link CoverageGaps}), for dashboards. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CoverageService {
  /** How far ahead {@link #gaps} looks when the caller does not say. */
  public static final int DEFAULT_DAYS = 14;

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject ComposedSchedules schedules;
  @Inject ScheduleConfig limits;

  /**
   * Gaps in {@code [now, now + days)} (default {@value #DEFAULT_DAYS} days) of one rotation, of a
   * team's rotations, or of all rotations; ordered by rotation name, then role order, then time.
   * Runs a fixed number of queries.
   */
  public List<CoverageGapView> gaps(UUID teamId, UUID rotationId, Integer requestedDays) {
    caller.require(Role.VIEWER);
    int days = requestedDays == null ? DEFAULT_DAYS : requestedDays;
    if (days < 1 || days > limits.maxRangeDays()) {
      throw DutyboardException.validation(
          "days", "days must be between 1 and " + limits.maxRangeDays());
    }
    List<RotationSchedule> rotations;
    if (rotationId != null) {
      RotationSchedule one =
          schedules
              .rotation(rotationId)
              .orElseThrow(() -> DutyboardException.notFound("rotationId", "Rotation", rotationId));
      rotations =
          teamId == null || teamId.equals(one.rotation().team().id()) ? List.of(one) : List.of();
    } else {
      rotations = schedules.rotations(teamId);
    }
    Instant from = clock.instant();
    Instant to = from.plus(Duration.ofDays(days));
    List<CoverageGapView> result = new ArrayList<>();
    for (RotationSchedule s : rotations) {
      List<String> roles = s.roles().stream().map(RoleSpec::name).toList();
      for (CoverageGaps.Gap gap : CoverageGaps.find(roles, s.between(from, to), from, to)) {
        result.add(
            new CoverageGapView(
                s.rotation(),
                gap.role(),
                gap.start(),
                gap.end(),
                CoverageGapReason.of(gap.reason())));
      }
    }
    return result;
  }
}
