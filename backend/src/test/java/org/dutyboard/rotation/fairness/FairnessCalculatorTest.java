package org.dutyboard.rotation.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dutyboard.rotation.RoleAssignment.RoleSpec;
import org.dutyboard.rotation.SkipPolicy;
import org.dutyboard.rotation.change.OverrideKind;
import org.dutyboard.rotation.fairness.FairnessCalculator.Tally;
import org.dutyboard.rotation.schedule.ScheduleComposer;
import org.dutyboard.rotation.schedule.ScheduleComposer.Override;
import org.dutyboard.rotation.schedule.ScheduleComposer.RosterPlan;
import org.dutyboard.rotation.schedule.ScheduleComposer.Trade;
import org.dutyboard.rotation.schedule.ShiftExpansion;
import org.dutyboard.rotation.schedule.ShiftPattern;
import org.junit.jupiter.api.Test;

/**
 * A daily Berlin rotation handing off at 10:00 from Sunday 2026-03-01: shift n starts on March (1 +
 * n). Europe/Berlin springs forward on Sunday 2026-03-29 (23 h) and falls back on Sunday 2026-10-25
 * (25 h).
 */
class FairnessCalculatorTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final List<RoleSpec> PRIMARY = List.of(new RoleSpec("primary", 0));
  private final UUID ana = UUID.randomUUID();
  private final UUID ben = UUID.randomUUID();
  private final UUID cleo = UUID.randomUUID();
  private final UUID dan = UUID.randomUUID();

  private static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  private static ScheduleComposer daily(
      List<UUID> roster, List<Trade> trades, List<Override> overrides) {
    return new ScheduleComposer(
        new ShiftExpansion(
            new ShiftPattern(BERLIN, LocalDate.of(2026, 3, 1), null, LocalTime.of(10, 0), 1)),
        PRIMARY,
        List.of(new RosterPlan(0, roster, 0)),
        new TreeSet<>(),
        SkipPolicy.PAUSE,
        Map.of(),
        trades,
        overrides);
  }

  private static Map<UUID, Tally> tally(
      ScheduleComposer composer, Set<LocalDate> holidays, Instant from, Instant to) {
    return new FairnessCalculator(BERLIN, holidays)
        .tally(composer, PRIMARY, from, to, List.of()).stream()
            .collect(Collectors.toMap(Tally::personId, Function.identity()));
  }

  @Test
  void springForwardSundayCountsTwentyThreeWeekendHours() {
    // Shift 26 (Ana) from Fri 27 10:00, shift 27 (Ben) from Sat 28 10:00, shift 28 (Ana) Sun 29.
    Map<UUID, Tally> t =
        tally(
            daily(List.of(ana, ben), List.of(), List.of()),
            Set.of(LocalDate.of(2026, 3, 29)),
            berlin("2026-03-28T00:00"),
            berlin("2026-03-30T00:00"));

    // Ana: Sat 00:00-10:00 (10 h) and Sun 10:00 CEST - Mon 00:00 (14 h).
    assertThat(t.get(ana).shifts()).isEqualTo(2);
    assertThat(t.get(ana).onDuty()).isEqualTo(Duration.ofHours(24));
    assertThat(t.get(ana).weekend()).isEqualTo(Duration.ofHours(24));
    assertThat(t.get(ana).holiday()).isEqualTo(Duration.ofHours(14));
    // Ben: Sat 10:00 CET - Sun 10:00 CEST is 23 hours, 9 of them on the (holiday) Sunday.
    assertThat(t.get(ben).shifts()).isEqualTo(1);
    assertThat(t.get(ben).onDuty()).isEqualTo(Duration.ofHours(23));
    assertThat(t.get(ben).weekend()).isEqualTo(Duration.ofHours(23));
    assertThat(t.get(ben).holiday()).isEqualTo(Duration.ofHours(9));
    // The weekend has 24 + 23 hours, all of them on duty exactly once.
    assertThat(t.get(ana).weekend().plus(t.get(ben).weekend())).isEqualTo(Duration.ofHours(47));
  }

  @Test
  void fallBackSundayCountsTwentyFiveHoursAndWeekdaysCountNone() {
    Map<UUID, Tally> sunday =
        tally(
            daily(List.of(ana), List.of(), List.of()),
            Set.of(),
            berlin("2026-10-25T00:00"),
            berlin("2026-10-26T00:00"));
    assertThat(sunday.get(ana).onDuty()).isEqualTo(Duration.ofHours(25));
    assertThat(sunday.get(ana).weekend()).isEqualTo(Duration.ofHours(25));
    assertThat(sunday.get(ana).holiday()).isZero();

    Map<UUID, Tally> monday =
        tally(
            daily(List.of(ana), List.of(), List.of()),
            Set.of(LocalDate.of(2026, 10, 27)),
            berlin("2026-10-26T00:00"),
            berlin("2026-10-27T06:00"));
    assertThat(monday.get(ana).onDuty()).isEqualTo(Duration.ofHours(30));
    assertThat(monday.get(ana).weekend()).isZero();
    assertThat(monday.get(ana).holiday()).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void tradesAndOverridesAreTakenByTheHolderAndGivenByWhoWouldHaveHeldThem() {
    List<Trade> trades = List.of(new Trade(UUID.randomUUID(), "primary", 3, ben, null, cleo));
    List<Override> overrides =
        List.of(
            // Dan replaces Ana for six hours of shift 2 (March 3).
            new Override(
                UUID.randomUUID(),
                "primary",
                berlin("2026-03-03T12:00"),
                berlin("2026-03-03T18:00"),
                OverrideKind.REPLACE,
                dan),
            // Dan joins Ana on shift 4 (March 5): Ana gives nothing.
            new Override(
                UUID.randomUUID(),
                "primary",
                berlin("2026-03-05T12:00"),
                berlin("2026-03-05T14:00"),
                OverrideKind.ADD,
                dan),
            // Cleo replaces Cleo's own traded shift 3 for an hour: nobody gives it to her twice.
            new Override(
                UUID.randomUUID(),
                "primary",
                berlin("2026-03-04T20:00"),
                berlin("2026-03-04T21:00"),
                OverrideKind.REPLACE,
                cleo));
    Map<UUID, Tally> t =
        tally(
            daily(List.of(ana, ben), trades, overrides),
            Set.of(),
            berlin("2026-03-03T10:00"),
            berlin("2026-03-06T10:00"));

    // Shift 2: Ana 10-12, Dan 12-18, Ana 18-10 -> Ana two pieces (18 h), Dan one (6 h).
    // Shift 4: Ana all day (Dan added beside her for two hours) -> one more piece, nothing given.
    assertThat(t.get(ana).shifts()).isEqualTo(3);
    assertThat(t.get(ana).overridesGiven()).isEqualTo(1);
    assertThat(t.get(ana).onDuty()).isEqualTo(Duration.ofHours(18 + 24));
    assertThat(t.get(dan).overridesTaken()).isEqualTo(2);
    assertThat(t.get(dan).onDuty()).isEqualTo(Duration.ofHours(6 + 2));
    // Shift 3 was Ben's; the trade gave it to Cleo (24 h in three pieces around her own
    // override): one trade given and taken, not one per piece.
    assertThat(t.get(ben).tradesGiven()).isEqualTo(1);
    assertThat(t.get(ben).onDuty()).isZero();
    assertThat(t.get(cleo).shifts()).isEqualTo(3);
    assertThat(t.get(cleo).tradesTaken()).isEqualTo(1);
    assertThat(t.get(cleo).overridesTaken()).isEqualTo(1);
    assertThat(t.get(cleo).overridesGiven()).isZero();
    assertThat(t.get(cleo).onDuty()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void rosterMembersWithNothingHeldAreListedAndOnlyTheRangeCounts() {
    List<Tally> tallies =
        new FairnessCalculator(BERLIN, Set.of())
            .tally(
                daily(List.of(ana, ben), List.of(), List.of()),
                PRIMARY,
                berlin("2026-03-02T16:00"),
                berlin("2026-03-02T17:30"),
                List.of(ben, ana, cleo));
    assertThat(tallies).extracting(Tally::personId).containsExactly(ben, ana, cleo);
    assertThat(tallies.get(0).onDuty()).isEqualTo(Duration.ofMinutes(90));
    assertThat(tallies.get(1).shifts()).isZero();
    assertThat(tallies.get(2).onDuty()).isZero();
  }
}
