package org.dutyboard.rotation.schedule;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.rotation.schedule.Patterns.aWeeklyRotation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.IntStream;
import org.dutyboard.rotation.RoleAssignment.RoleSpec;
import org.dutyboard.rotation.SkipPolicy;
import org.dutyboard.rotation.change.OverrideKind;
import org.dutyboard.rotation.schedule.ScheduleComposer.ComposedShift;
import org.dutyboard.rotation.schedule.ScheduleComposer.Explicit;
import org.dutyboard.rotation.schedule.ScheduleComposer.Holder;
import org.dutyboard.rotation.schedule.ScheduleComposer.Override;
import org.dutyboard.rotation.schedule.ScheduleComposer.RosterPlan;
import org.dutyboard.rotation.schedule.ScheduleComposer.Trade;
import org.junit.jupiter.api.Test;

class ScheduleComposerTest {
  static final List<UUID> CREW = IntStream.range(0, 4).mapToObj(i -> UUID.randomUUID()).toList();
  static final List<RoleSpec> CLINICIAN_BACKUP =
      List.of(new RoleSpec("clinician", 0), new RoleSpec("backup", -1));
  static final ShiftExpansion WEEKLY =
      aWeeklyRotation()
          .handingOffOn(MONDAY, "09:00")
          .in("UTC")
          .startingOn("2021-01-04")
          .expansion();

  private static ScheduleComposer composer(
      List<RosterPlan> rosters,
      TreeSet<Long> skipped,
      SkipPolicy policy,
      Map<Long, List<Explicit>> explicit,
      List<Trade> trades,
      List<Override> overrides) {
    return new ScheduleComposer(
        WEEKLY, CLINICIAN_BACKUP, rosters, skipped, policy, explicit, trades, overrides);
  }

  private static ScheduleComposer plain(TreeSet<Long> skipped, SkipPolicy policy) {
    return composer(
        List.of(new RosterPlan(0, CREW, 0)), skipped, policy, Map.of(), List.of(), List.of());
  }

  private static UUID holder(ComposedShift shift, String role) {
    return shift.holders().stream()
        .filter(h -> h.role().equals(role))
        .map(Holder::personId)
        .findFirst()
        .orElse(null);
  }

  @Test
  void backupIsLastWeeksClinician() {
    ScheduleComposer c = plain(new TreeSet<>(), SkipPolicy.PAUSE);
    for (long i = 1; i < 10; i++) {
      assertThat(holder(c.compose(i), "backup")).isEqualTo(holder(c.compose(i - 1), "clinician"));
    }
  }

  @Test
  void pauseKeepsTheSkippedPersonNextWhileConsumeMovesOn() {
    TreeSet<Long> skip = new TreeSet<>(List.of(2L));
    ScheduleComposer pause = plain(skip, SkipPolicy.PAUSE);
    ScheduleComposer consume = plain(skip, SkipPolicy.CONSUME);
    ScheduleComposer none = plain(new TreeSet<>(), SkipPolicy.PAUSE);
    assertThat(pause.compose(2).skipped()).isTrue();
    assertThat(pause.compose(2).holders()).isEmpty();
    assertThat(holder(pause.compose(3), "clinician"))
        .isEqualTo(holder(none.compose(2), "clinician"));
    assertThat(holder(consume.compose(3), "clinician"))
        .isEqualTo(holder(none.compose(3), "clinician"));
  }

  @Test
  void newRosterContinuesWithWhoeverWasNextAndSkipsLeavers() {
    ScheduleComposer before = plain(new TreeSet<>(), SkipPolicy.PAUSE);
    UUID next = holder(before.compose(6), "clinician"); // CREW[2]
    List<UUID> without = List.of(CREW.get(0), CREW.get(1), CREW.get(3));
    assertThat(before.anchorFor(6, List.of(CREW.get(3), next, CREW.get(0)))).isEqualTo(1);
    // next leaves: the person after them in the old order (CREW[3]) goes first.
    assertThat(before.anchorFor(6, without)).isEqualTo(2);
  }

  @Test
  void explicitAssignmentsTradesAndOverridesLayerInOrder() {
    UUID guest = UUID.randomUUID();
    Instant start = WEEKLY.startOf(5);
    ScheduleComposer c =
        composer(
            List.of(new RosterPlan(0, CREW, 0)),
            new TreeSet<>(),
            SkipPolicy.PAUSE,
            Map.of(4L, List.of(new Explicit(4, "clinician", CREW.get(3)))),
            List.of(new Trade(UUID.randomUUID(), "clinician", 5, CREW.get(1), 6L, CREW.get(2))),
            List.of(
                new Override(
                    UUID.randomUUID(),
                    "backup",
                    start.plusSeconds(3600),
                    start.plusSeconds(7200),
                    OverrideKind.ADD,
                    guest)));
    assertThat(c.compose(4).holders().get(0).source()).isEqualTo(ShiftSource.EXPLICIT);
    assertThat(holder(c.compose(4), "clinician")).isEqualTo(CREW.get(3));
    assertThat(holder(c.compose(5), "clinician")).isEqualTo(CREW.get(2));
    assertThat(holder(c.compose(6), "clinician")).isEqualTo(CREW.get(1));
    List<Holder> backups =
        c.compose(5).holders().stream().filter(h -> h.role().equals("backup")).toList();
    assertThat(backups)
        .as("the scheduled backup stays for the whole shift, the guest joins")
        .hasSize(2);
    assertThat(c.compose(5).holdersAt(start.plusSeconds(5400)))
        .filteredOn(h -> h.role().equals("backup"))
        .extracting(Holder::personId)
        .containsExactlyInAnyOrder(CREW.get(0), guest);
  }
}
