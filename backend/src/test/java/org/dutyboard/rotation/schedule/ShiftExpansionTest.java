package org.dutyboard.rotation.schedule;

import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.rotation.schedule.Patterns.aDailyRotation;
import static org.dutyboard.rotation.schedule.Patterns.aWeeklyRotation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.dutyboard.rotation.schedule.ShiftExpansion.Shift;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShiftExpansionTest {

  static Stream<Arguments> zonesAndHandoffs() {
    return Stream.of("America/Chicago", "Europe/Berlin", "Australia/Lord_Howe", "UTC")
        .flatMap(
            zone ->
                Stream.of("10:00", "02:30", "01:30", "02:00", "00:00", "23:59")
                    .flatMap(
                        time ->
                            Stream.of(1, 3, 7, 14).map(days -> Arguments.of(zone, time, days))));
  }

  /** Walks four years of shifts (DST changes and year ends included) and checks the contract. */
  @ParameterizedTest(name = "{0} at {1} every {2} days")
  @MethodSource("zonesAndHandoffs")
  void handoffStaysAtLocalTimeAcrossDstAndYearEnds(String zoneId, String time, int days) {
    ZoneId zone = ZoneId.of(zoneId);
    LocalTime handoff = LocalTime.parse(time);
    ShiftPattern pattern =
        aWeeklyRotation()
            .everyDays(days)
            .handingOffAt(time)
            .in(zoneId)
            .startingOn("2023-12-28")
            .pattern();
    ShiftExpansion expansion = new ShiftExpansion(pattern);

    Shift previous = null;
    for (long n = 0; n < 4 * 366 / days; n++) {
      Shift shift = expansion.shift(n);
      ZonedDateTime localStart = shift.start().atZone(zone);
      LocalDate expectedDate = pattern.firstHandoffDate().plusDays(n * days);
      assertThat(localStart.toLocalDate()).as("shift %d date", n).isEqualTo(expectedDate);
      if (!zone.getRules().getValidOffsets(expectedDate.atTime(handoff)).isEmpty()) {
        assertThat(localStart.toLocalTime()).as("shift %d local time", n).isEqualTo(handoff);
      } else {
        // Inside a gap: starts later by exactly the gap (1 h, or 30 min on Lord Howe).
        Duration gap = zone.getRules().getTransition(expectedDate.atTime(handoff)).getDuration();
        assertThat(localStart.toLocalTime()).isEqualTo(handoff.plus(gap));
      }
      if (previous != null) {
        assertThat(shift.start()).as("contiguous").isEqualTo(previous.end());
      }
      assertThat(expansion.shiftAt(shift.start())).contains(shift);
      assertThat(expansion.shiftAt(shift.end().minusNanos(1))).contains(shift);
      previous = shift;
    }
  }

  @Test
  void overlapResolvesToTheEarlierInstant() {
    // 2024-11-03 01:30 happens twice in Chicago; the shift starts at the first (CDT, -05:00).
    ShiftExpansion expansion =
        aDailyRotation()
            .handingOffAt("01:30")
            .in("America/Chicago")
            .startingOn("2024-11-03")
            .expansion();
    assertThat(expansion.startOf(0)).isEqualTo(Instant.parse("2024-11-03T06:30:00Z"));
    assertThat(expansion.shift(0).end()).isEqualTo(Instant.parse("2024-11-04T07:30:00Z"));
  }

  @Test
  void weeklyShiftAcrossSpringForwardLastsOneHourLess() {
    Shift containsChange =
        aWeeklyRotation()
            .handingOffOn(SUNDAY, "10:00")
            .in("Europe/Berlin")
            .startingOn("2024-03-28")
            .expansion()
            .shift(0);
    assertThat(containsChange.start()).isEqualTo(Instant.parse("2024-03-31T08:00:00Z"));
    Shift beforeChange =
        aWeeklyRotation()
            .handingOffOn(SUNDAY, "10:00")
            .in("Europe/Berlin")
            .startingOn("2024-03-24")
            .expansion()
            .shift(0);
    assertThat(beforeChange.start()).isEqualTo(Instant.parse("2024-03-24T09:00:00Z"));
    assertThat(beforeChange.end()).isEqualTo(Instant.parse("2024-03-31T08:00:00Z"));
    assertThat(Duration.between(beforeChange.start(), beforeChange.end()))
        .isEqualTo(Duration.ofHours(167));
  }

  @Test
  void lordHoweShiftsLoseThirtyMinutesInOctober() {
    // Lord Howe moves from +10:30 to +11:00 on 2024-10-06 at 02:00.
    Shift shift =
        aWeeklyRotation()
            .handingOffOn(SUNDAY, "10:00")
            .in("Australia/Lord_Howe")
            .startingOn("2024-09-29")
            .expansion()
            .shift(0);
    assertThat(Duration.between(shift.start(), shift.end()))
        .isEqualTo(Duration.ofMinutes(168 * 60 - 30));
  }

  @Test
  void firstHandoffMovesForwardToTheHandoffWeekday() {
    ShiftExpansion expansion =
        aWeeklyRotation()
            .handingOffOn(TUESDAY, "10:00")
            .in("America/Los_Angeles")
            .startingOn("2026-11-25")
            .expansion();
    assertThat(expansion.startOf(0)).isEqualTo(Instant.parse("2026-12-01T18:00:00Z"));
    assertThat(expansion.shiftAt(Instant.parse("2026-11-30T00:00:00Z"))).isEmpty();
  }

  @Test
  void randomInstantsFallInExactlyOneShift() {
    ShiftExpansion expansion =
        aWeeklyRotation()
            .everyDays(3)
            .handingOffAt("02:30")
            .in("America/Chicago")
            .startingOn("2023-01-01")
            .expansion();
    Random random = new Random(42);
    Instant base = Instant.parse("2023-01-01T09:00:00Z");
    for (int i = 0; i < 5000; i++) {
      Instant at = base.plusSeconds((long) (random.nextDouble() * 3 * 365 * 86400));
      Shift shift = expansion.shiftAt(at).orElseThrow();
      assertThat(shift.contains(at)).isTrue();
    }
  }

  @Test
  void shiftsBetweenCoversTheRangeWithoutGaps() {
    ShiftExpansion expansion =
        aWeeklyRotation()
            .handingOffOn(TUESDAY, "10:00")
            .in("Europe/Berlin")
            .startingOn("2024-01-01")
            .expansion();
    Instant from = Instant.parse("2024-03-20T00:00:00Z");
    Instant to = Instant.parse("2024-04-20T00:00:00Z");
    List<Shift> shifts = expansion.shiftsBetween(from, to);
    assertThat(shifts.get(0).contains(from)).isTrue();
    assertThat(shifts.get(shifts.size() - 1).end()).isAfter(to);
    for (int i = 1; i < shifts.size(); i++) {
      assertThat(shifts.get(i).start()).isEqualTo(shifts.get(i - 1).end());
    }
    assertThat(shifts).hasSize(5);
  }
}
