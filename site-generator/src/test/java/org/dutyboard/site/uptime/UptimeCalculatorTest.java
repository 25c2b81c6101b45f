package org.dutyboard.site.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.site.model.ComponentStatus.DEGRADED_PERFORMANCE;
import static org.dutyboard.site.model.ComponentStatus.MAJOR_OUTAGE;
import static org.dutyboard.site.model.ComponentStatus.PARTIAL_OUTAGE;
import static org.dutyboard.site.model.ComponentStatus.UNDER_MAINTENANCE;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.dutyboard.site.model.ComponentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UptimeCalculatorTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

  @Test
  void aDayWithoutIncidentsIsFullyUp() {
    DayUptime day = dayOf(BERLIN, "2024-03-10", List.of());
    assertThat(day.uptimePercent()).isEqualByComparingTo("100.00");
    assertThat(day.measured()).isEqualTo(Duration.ofHours(24));
    assertThat(day.worst()).isEqualTo(ComponentStatus.OPERATIONAL);
  }

  @Test
  void majorOutageCountsFullyPartialOutageThirtyPercentDegradedNotAtAll() {
    assertThat(percentFor(MAJOR_OUTAGE, 6)).isEqualByComparingTo("75.00");
    assertThat(percentFor(PARTIAL_OUTAGE, 6)).isEqualByComparingTo("92.50");
    assertThat(percentFor(DEGRADED_PERFORMANCE, 6)).isEqualByComparingTo("100.00");
    assertThat(percentFor(UNDER_MAINTENANCE, 6)).isEqualByComparingTo("100.00");
  }

  @Test
  void springForwardDayHas23HoursInBerlin() {
    // 2024-03-31: 02:00 local jumps to 03:00. One hour of major outage is 1/23 of the day.
    DayUptime day =
        dayOf(
            BERLIN,
            "2024-03-31",
            List.of(local(BERLIN, "2024-03-31T10:00", "2024-03-31T11:00", MAJOR_OUTAGE)));
    assertThat(day.measured()).isEqualTo(Duration.ofHours(23));
    assertThat(day.uptimePercent()).isEqualByComparingTo("95.65");
  }

  @Test
  void fallBackDayHas25HoursInBerlin() {
    DayUptime day =
        dayOf(
            BERLIN,
            "2024-10-27",
            List.of(local(BERLIN, "2024-10-27T10:00", "2024-10-27T11:00", MAJOR_OUTAGE)));
    assertThat(day.measured()).isEqualTo(Duration.ofHours(25));
    assertThat(day.uptimePercent()).isEqualByComparingTo("96.00");
  }

  @Test
  void anOutageOverTheWholeShortDayIsZeroNotNegative() {
    DayUptime day =
        dayOf(
            BERLIN,
            "2024-03-31",
            List.of(local(BERLIN, "2024-03-30T20:00", "2024-04-01T04:00", MAJOR_OUTAGE)));
    assertThat(day.uptimePercent()).isEqualByComparingTo("0.00");
    assertThat(day.disrupted()).containsEntry(MAJOR_OUTAGE, Duration.ofHours(23));
  }

  @Test
  void lordHoweShiftsByThirtyMinutes() {
    ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
    // 2024-04-07: 02:00 local goes back to 01:30, a 24.5 hour day.
    DayUptime back = dayOf(lordHowe, "2024-04-07", List.of());
    assertThat(back.measured()).isEqualTo(Duration.ofMinutes(24 * 60 + 30));
    // 2024-10-06: 02:00 local jumps to 02:30, a 23.5 hour day.
    DayUptime forward =
        dayOf(
            lordHowe,
            "2024-10-06",
            List.of(local(lordHowe, "2024-10-06T12:00", "2024-10-06T12:47", MAJOR_OUTAGE)));
    assertThat(forward.measured()).isEqualTo(Duration.ofMinutes(23 * 60 + 30));
    assertThat(forward.uptimePercent()).isEqualByComparingTo("96.66");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Europe/Berlin", "America/Chicago", "Australia/Lord_Howe", "UTC"})
  void walkingAYearEveryDayHasItsRealLengthAndOutagesSplitAtLocalMidnight(String zoneId) {
    ZoneId zone = ZoneId.of(zoneId);
    LocalDate first = LocalDate.parse("2024-01-01");
    // Two hours of major outage straddling every local midnight, one hour on each side.
    var intervals =
        first
            .datesUntil(LocalDate.parse("2025-01-02"))
            .map(
                d -> {
                  Instant midnight = d.atStartOfDay(zone).toInstant();
                  return new StatusInterval(
                      midnight.minus(Duration.ofHours(1)),
                      midnight.plus(Duration.ofHours(1)),
                      MAJOR_OUTAGE);
                })
            .toList();
    Instant now = LocalDate.parse("2025-01-01").atStartOfDay(zone).toInstant().minusSeconds(1);
    ComponentUptime uptime = new UptimeCalculator(zone, 366).compute("c", LONG_AGO, intervals, now);

    for (DayUptime day : uptime.days().subList(0, uptime.days().size() - 1)) {
      Duration length =
          Duration.between(
              day.date().atStartOfDay(zone), day.date().plusDays(1).atStartOfDay(zone));
      assertThat(day.measured()).as("length of %s", day.date()).isEqualTo(length);
      assertThat(day.disrupted().get(MAJOR_OUTAGE))
          .as("outage on %s", day.date())
          .isEqualTo(Duration.ofHours(2));
    }
  }

  @Test
  void overlappingIncidentsDoNotCountTwice() {
    DayUptime day =
        dayOf(
            BERLIN,
            "2024-03-10",
            List.of(
                local(BERLIN, "2024-03-10T10:00", "2024-03-10T12:00", MAJOR_OUTAGE),
                local(BERLIN, "2024-03-10T11:00", "2024-03-10T13:00", MAJOR_OUTAGE)));
    assertThat(day.disrupted()).containsEntry(MAJOR_OUTAGE, Duration.ofHours(3));
    assertThat(day.uptimePercent()).isEqualByComparingTo("87.50");
  }

  @Test
  void whereIncidentsOverlapTheWorstStatusWins() {
    DayUptime day =
        dayOf(
            BERLIN,
            "2024-03-10",
            List.of(
                local(BERLIN, "2024-03-10T10:00", "2024-03-10T14:00", PARTIAL_OUTAGE),
                local(BERLIN, "2024-03-10T11:00", "2024-03-10T12:00", MAJOR_OUTAGE)));
    assertThat(day.disrupted())
        .containsEntry(MAJOR_OUTAGE, Duration.ofHours(1))
        .containsEntry(PARTIAL_OUTAGE, Duration.ofHours(3));
    assertThat(day.worst()).isEqualTo(MAJOR_OUTAGE);
    // (60 + 0.3 * 180) minutes down of 1440: 92.083...
    assertThat(day.uptimePercent()).isEqualByComparingTo("92.08");
  }

  @Test
  void anyDowntimeShowsBelowOneHundred() {
    DayUptime day =
        dayOf(
            BERLIN,
            "2024-03-10",
            List.of(local(BERLIN, "2024-03-10T10:00", "2024-03-10T10:00:01", MAJOR_OUTAGE)));
    assertThat(day.uptimePercent()).isEqualByComparingTo("99.99");
  }

  @Test
  void daysBeforeTheComponentExistedHaveNoDataAndTodayEndsNow() {
    Instant created = local(BERLIN, "2024-03-09T18:00");
    Instant now = local(BERLIN, "2024-03-11T06:00");
    ComponentUptime uptime = new UptimeCalculator(BERLIN, 5).compute("c", created, List.of(), now);

    assertThat(uptime.days())
        .extracting(DayUptime::date)
        .containsExactly(
            LocalDate.parse("2024-03-07"),
            LocalDate.parse("2024-03-08"),
            LocalDate.parse("2024-03-09"),
            LocalDate.parse("2024-03-10"),
            LocalDate.parse("2024-03-11"));
    assertThat(uptime.days())
        .extracting(DayUptime::hasData)
        .containsExactly(false, false, true, true, true);
    assertThat(uptime.days().get(2).measured()).isEqualTo(Duration.ofHours(6));
    assertThat(uptime.days().get(4).measured()).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void windowPercentageWeighsDaysByTheirMeasuredTime() {
    Instant now = local(BERLIN, "2024-03-11T00:00");
    var intervals = List.of(local(BERLIN, "2024-03-10T00:00", "2024-03-10T12:00", MAJOR_OUTAGE));
    ComponentUptime uptime = new UptimeCalculator(BERLIN, 3).compute("c", LONG_AGO, intervals, now);
    // 12 h down out of 48 h measured (today has not started yet).
    assertThat(uptime.uptimePercent()).isEqualByComparingTo("75.00");
    assertThat(uptime.days().get(2).hasData()).isFalse();
  }

  @Test
  void noDataAtAllGivesNoPercentage() {
    Instant now = local(BERLIN, "2024-03-11T12:00");
    ComponentUptime uptime =
        new UptimeCalculator(BERLIN, 3).compute("c", now.plusSeconds(60), List.of(), now);
    assertThat(uptime.uptimePercent()).isNull();
  }

  private static BigDecimal percentFor(ComponentStatus status, int hours) {
    return dayOf(
            BERLIN,
            "2024-03-10",
            List.of(local(BERLIN, "2024-03-10T00:00", "2024-03-10T0" + hours + ":00", status)))
        .uptimePercent();
  }

  /** The uptime of {@code date}, computed at the first instant of the next day. */
  static DayUptime dayOf(ZoneId zone, String date, List<StatusInterval> intervals) {
    LocalDate day = LocalDate.parse(date);
    Instant nextMidnight = day.plusDays(1).atStartOfDay(zone).toInstant();
    DayUptime result =
        new UptimeCalculator(zone, 2).compute("c", LONG_AGO, intervals, nextMidnight).days().get(0);
    assertThat(result.date()).isEqualTo(day);
    return result;
  }

  static StatusInterval local(ZoneId zone, String from, String to, ComponentStatus status) {
    return new StatusInterval(local(zone, from), local(zone, to), status);
  }

  static Instant local(ZoneId zone, String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
  }
}
