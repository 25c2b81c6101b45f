package org.dutyboard.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.dutyboard.summary.meeting.MeetingWeek;
import org.junit.jupiter.api.Test;

/** Which weeks are due at a given instant, with the delay, the horizon and DST-shifted meetings. */
class ReportScheduleTest {
  static final MeetingWeek BERLIN =
      new MeetingWeek(DayOfWeek.MONDAY, LocalTime.of(10, 0), ZoneId.of("Europe/Berlin"));
  static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
  final ReportSchedule schedule = new ReportSchedule(Duration.ofMinutes(30), 3);

  static LocalDate date(String d) {
    return LocalDate.parse(d);
  }

  @Test
  void aWeekIsDueOnlyOnceTheDelayAfterItsMeetingHasPassed() {
    // Monday 23 March 2026, 10:00 CET = 09:00Z: due from 09:30Z.
    assertThat(schedule.due(BERLIN, Instant.parse("2026-03-23T09:29:59Z"), LONG_AGO))
        .containsExactly(date("2026-03-16"), date("2026-03-09"), date("2026-03-02"));
    assertThat(schedule.due(BERLIN, Instant.parse("2026-03-23T09:30:00Z"), LONG_AGO))
        .containsExactly(date("2026-03-23"), date("2026-03-16"), date("2026-03-09"));
  }

  @Test
  void afterTheSwitchToSummerTimeTheBoundaryIsAnHourEarlierInUtc() {
    // Monday 30 March 2026, 10:00 CEST = 08:00Z: due from 08:30Z, not 09:30Z.
    assertThat(schedule.due(BERLIN, Instant.parse("2026-03-30T08:29:59Z"), LONG_AGO))
        .first()
        .isEqualTo(date("2026-03-23"));
    assertThat(schedule.due(BERLIN, Instant.parse("2026-03-30T08:30:00Z"), LONG_AGO))
        .first()
        .isEqualTo(date("2026-03-30"));
    // And back in autumn: Monday 26 October 2026, 10:00 CET = 09:00Z.
    assertThat(schedule.due(BERLIN, Instant.parse("2026-10-26T09:29:59Z"), LONG_AGO))
        .first()
        .isEqualTo(date("2026-10-19"));
    assertThat(schedule.due(BERLIN, Instant.parse("2026-10-26T09:30:00Z"), LONG_AGO))
        .first()
        .isEqualTo(date("2026-10-26"));
  }

  @Test
  void lordHoweMeetingsMoveByHalfAnHour() {
    MeetingWeek lordHowe =
        new MeetingWeek(DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("Australia/Lord_Howe"));
    ReportSchedule noDelay = new ReportSchedule(Duration.ZERO, 1);
    // Daylight time (UTC+11) until 5 April 2026; then standard time (UTC+10:30).
    assertThat(noDelay.due(lordHowe, Instant.parse("2026-03-29T22:00:00Z"), LONG_AGO))
        .containsExactly(date("2026-03-30"));
    assertThat(noDelay.due(lordHowe, Instant.parse("2026-04-05T22:29:59Z"), LONG_AGO))
        .containsExactly(date("2026-03-30"));
    assertThat(noDelay.due(lordHowe, Instant.parse("2026-04-05T22:30:00Z"), LONG_AGO))
        .containsExactly(date("2026-04-06"));
  }

  @Test
  void noWeekThatEndedBeforeTheTeamExisted() {
    Instant created = Instant.parse("2026-03-10T12:00:00Z");
    assertThat(schedule.due(BERLIN, Instant.parse("2026-03-23T10:00:00Z"), created))
        .containsExactly(date("2026-03-23"), date("2026-03-16"));
    assertThat(schedule.due(BERLIN, Instant.parse("2026-03-16T09:29:00Z"), created)).isEmpty();
  }

  @Test
  void theDueWeekIsTheOneThatEndsAtItsMeeting() {
    MeetingWeek midnight =
        new MeetingWeek(DayOfWeek.MONDAY, LocalTime.MIDNIGHT, ZoneId.of("Europe/Berlin"));
    for (MeetingWeek rule : new MeetingWeek[] {BERLIN, midnight}) {
      MeetingWeek.Week week = ReportSchedule.endingAt(rule, date("2026-03-30"));
      assertThat(week.meetingDate()).isEqualTo(date("2026-03-30"));
      assertThat(week.startDate()).isEqualTo(date("2026-03-23"));
    }
  }

  @Test
  void badSettingsAreRefused() {
    assertThatThrownBy(() -> new ReportSchedule(Duration.ofMinutes(-1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReportSchedule(Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void teamSlugsAreStablePathSegments() {
    java.util.UUID id = java.util.UUID.fromString("3fa2c1d9-0000-4000-8000-000000000000");
    assertThat(WeeklyReportViews.slug("SRE Core (EU)", id)).isEqualTo("sre-core-eu-3fa2c1d9");
    assertThat(WeeklyReportViews.slug("مرحبا", id)).isEqualTo("team-3fa2c1d9");
    assertThat(WeeklyReportViews.slug("../../etc", id)).isEqualTo("etc-3fa2c1d9");
  }
}
