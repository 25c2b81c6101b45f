package org.dutyboard.rotation.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.dutyboard.rotation.RoleAssignment.RoleSpec;
import org.dutyboard.rotation.SkipPolicy;
import org.dutyboard.rotation.change.OverrideKind;
import org.dutyboard.rotation.coverage.CoverageGaps.Gap;
import org.dutyboard.rotation.coverage.CoverageGaps.Reason;
import org.dutyboard.rotation.schedule.ScheduleComposer;
import org.dutyboard.rotation.schedule.ScheduleComposer.Override;
import org.dutyboard.rotation.schedule.ScheduleComposer.RosterPlan;
import org.dutyboard.rotation.schedule.ShiftExpansion;
import org.dutyboard.rotation.schedule.ShiftPattern;
import org.junit.jupiter.api.Test;

/** A daily UTC rotation handing off at 09:00 from 2026-06-01 (shift n starts on June 1 + n). */
class CoverageGapsTest {
  private static final List<String> ROLES = List.of("primary", "secondary");
  private final UUID ana = UUID.randomUUID();
  private final UUID ben = UUID.randomUUID();

  private static Instant at(String utc) {
    return Instant.parse(utc);
  }

  private static List<Gap> gaps(
      List<UUID> roster, TreeSet<Long> skipped, List<Override> overrides, String from, String to) {
    ScheduleComposer composer =
        new ScheduleComposer(
            new ShiftExpansion(
                new ShiftPattern(
                    ZoneId.of("UTC"), LocalDate.of(2026, 6, 1), null, LocalTime.of(9, 0), 1)),
            List.of(new RoleSpec("primary", 0), new RoleSpec("secondary", 1)),
            roster.isEmpty() ? List.of() : List.of(new RosterPlan(0, roster, 0)),
            skipped,
            SkipPolicy.PAUSE,
            Map.of(),
            List.of(),
            overrides);
    return CoverageGaps.find(ROLES, composer.between(at(from), at(to)), at(from), at(to));
  }

  @Test
  void aFullyStaffedRotationHasNoGaps() {
    assertThat(
            gaps(
                List.of(ana, ben),
                new TreeSet<>(),
                List.of(),
                "2026-06-03T12:00:00Z",
                "2026-06-17T12:00:00Z"))
        .isEmpty();
  }

  @Test
  void anEmptyRosterLeavesEveryRoleUnfilledForTheWholeWindowInOnePiece() {
    assertThat(
            gaps(
                List.of(),
                new TreeSet<>(),
                List.of(),
                "2026-06-03T12:00:00Z",
                "2026-06-10T12:00:00Z"))
        .containsExactly(
            new Gap(
                "primary", at("2026-06-03T12:00:00Z"), at("2026-06-10T12:00:00Z"), Reason.UNFILLED),
            new Gap(
                "secondary",
                at("2026-06-03T12:00:00Z"),
                at("2026-06-10T12:00:00Z"),
                Reason.UNFILLED));
  }

  @Test
  void consecutiveSkippedShiftsAreOneSkippedGapPerRole() {
    assertThat(
            gaps(
                List.of(ana, ben),
                new TreeSet<>(List.of(4L, 5L)),
                List.of(),
                "2026-06-03T12:00:00Z",
                "2026-06-10T12:00:00Z"))
        .containsExactly(
            new Gap(
                "primary", at("2026-06-05T09:00:00Z"), at("2026-06-07T09:00:00Z"), Reason.SKIPPED),
            new Gap(
                "secondary",
                at("2026-06-05T09:00:00Z"),
                at("2026-06-07T09:00:00Z"),
                Reason.SKIPPED));
  }

  @Test
  void aRemoveOverrideLeavesItsRoleUnfilledAndTheOtherRoleCovered() {
    Override remove =
        new Override(
            UUID.randomUUID(),
            "secondary",
            at("2026-06-04T22:00:00Z"),
            at("2026-06-05T11:00:00Z"),
            OverrideKind.REMOVE,
            null);
    assertThat(
            gaps(
                List.of(ana, ben),
                new TreeSet<>(),
                List.of(remove),
                "2026-06-03T12:00:00Z",
                "2026-06-10T12:00:00Z"))
        .containsExactly(
            // Across the 09:00 handoff, in two shifts: still one gap.
            new Gap(
                "secondary",
                at("2026-06-04T22:00:00Z"),
                at("2026-06-05T11:00:00Z"),
                Reason.UNFILLED));
  }

  @Test
  void theWindowClipsGapsAndTimeBeforeTheFirstShiftIsNoGap() {
    assertThat(
            gaps(
                List.of(),
                new TreeSet<>(),
                List.of(),
                "2026-05-30T00:00:00Z",
                "2026-06-01T10:00:00Z"))
        .containsExactly(
            new Gap(
                "primary", at("2026-06-01T09:00:00Z"), at("2026-06-01T10:00:00Z"), Reason.UNFILLED),
            new Gap(
                "secondary",
                at("2026-06-01T09:00:00Z"),
                at("2026-06-01T10:00:00Z"),
                Reason.UNFILLED));
  }
}
