package org.dutyboard.site.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dutyboard.site.report.WeeklyReport.Count;
import org.dutyboard.site.report.WeeklyReport.FollowUps;
import org.dutyboard.site.report.WeeklyReport.Handoff;
import org.dutyboard.site.report.WeeklyReport.Incident;
import org.dutyboard.site.report.WeeklyReport.Incidents;
import org.dutyboard.site.report.WeeklyReport.Maintenance;
import org.dutyboard.site.report.WeeklyReport.Metric;
import org.dutyboard.site.report.WeeklyReport.Metrics;
import org.dutyboard.site.report.WeeklyReport.Note;
import org.dutyboard.site.report.WeeklyReport.Pages;
import org.dutyboard.site.report.WeeklyReport.ReportDue;
import org.dutyboard.site.report.WeeklyReport.ReportsDue;
import org.dutyboard.site.report.WeeklyReport.Request;
import org.dutyboard.site.report.WeeklyReport.Requests;
import org.dutyboard.site.report.WeeklyReport.RoleHolder;
import org.dutyboard.site.report.WeeklyTrends.PersonLoad;
import org.dutyboard.site.report.WeeklyTrends.SeveritySeries;

/**
 * A representative week of a clinic-duty team: Berlin meeting on Mondays at 10:00, the week
 * spanning the switch to summer time (29 March 2026), so the week is 167 hours long.
 */
final class SampleReport {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private SampleReport() {}

  static Instant at(String iso) {
    return Instant.parse(iso);
  }

  /** The week reviewed at the meeting of Monday 30 March 2026. */
  static WeeklyReport week() {
    return week("sre-core", "SRE Core", LocalDate.of(2026, 3, 30));
  }

  /** The same kind of week for any team and meeting date (a Monday, 10:00 Berlin). */
  static WeeklyReport week(String slug, String team, LocalDate meeting) {
    Instant end = meeting.atTime(10, 0).atZone(BERLIN).toInstant();
    Instant start = meeting.minusWeeks(1).atTime(10, 0).atZone(BERLIN).toInstant();
    Instant handoff = meeting.minusDays(5).atTime(10, 0).atZone(BERLIN).toInstant();
    return new WeeklyReport(
        slug,
        team,
        start,
        end,
        meeting,
        BERLIN,
        List.of(
            new RoleHolder("Clinic duty", "clinician", "Ada Lovelace", "roster", start, handoff),
            new RoleHolder("Clinic duty", "clinician", "Grace Hopper", "override", handoff, end),
            new RoleHolder("On-call", "primary", "Linus Torvalds", "trade", start, end)),
        List.of(
            new Handoff("Clinic duty", "clinician", handoff, "Ada Lovelace", "Grace Hopper", true),
            new Handoff(
                "On-call",
                "primary",
                handoff.plusSeconds(3600),
                "Linus Torvalds",
                "Linus Torvalds",
                false)),
        new Pages(
            4,
            3,
            List.of(new Count("On-call", 3), new Count("unmapped", 1)),
            List.of(new Count("Linus Torvalds", 3), new Count("nobody on call", 1)),
            List.of(new Count("DiskFull", 2), new Count("HighLatency", 2))),
        new Incidents(
            List.of(new Incident("INC-41", "Object storage slow", "SEV2", "RESOLVED")),
            List.of(new Incident("INC-41", "Object storage slow", "SEV2", "RESOLVED")),
            List.of(new Incident("INC-39", "Flaky DNS in eqiad", "SEV3", "MITIGATED")),
            2),
        new ReportsDue(
            5,
            List.of(new ReportDue("INC-41", "Object storage slow", "SEV2", handoff, "not started")),
            List.of(
                new ReportDue(
                    "INC-36",
                    "Certificate expired on the API",
                    "SEV1",
                    start.minusSeconds(86_400 * 3),
                    "draft")),
            1),
        new Metrics(
            1,
            1,
            List.of(
                new Metric("Time to detect", 1, Duration.ofMinutes(7), Duration.ofMinutes(7)),
                new Metric("Time to acknowledge", 0, null, null),
                new Metric("Time to mitigate", 1, Duration.ofMinutes(95), Duration.ofMinutes(95)),
                new Metric("Time to resolve", 1, Duration.ofHours(26), Duration.ofHours(26)))),
        new FollowUps(3, 1, 1),
        new Requests(
            List.of(
                new Request(
                    "Quota increase for project tools",
                    "Quota increase",
                    "Granted",
                    "https://tickets.example.org/T1234")),
            List.of(
                new Request(
                    "Floating IP for deployment-prep",
                    "Floating IP",
                    "Needs meeting review",
                    null))),
        List.of(
            new Note("Renew the wildcard certificate before Friday", null, true, "Grace Hopper"),
            new Note(
                "Runbook for DiskFull updated",
                "https://wiki.example.org/DiskFull",
                false,
                "Ada Lovelace")),
        List.of(
            new Maintenance(
                "Database failover drill",
                end.plusSeconds(2 * 86_400),
                end.plusSeconds(2 * 86_400 + 7200),
                "Scheduled",
                List.of("API", "Web app"))),
        trends(meeting, "Grace Hopper"));
  }

  /**
   * Twelve weeks ending at the meeting of {@code meeting}: the newest week matches {@link #week} (4
   * pages, 3 off hours, one SEV2 declared and resolved in 26 h), two weeks without incidents (no
   * time to resolve), and {@code person} carrying the most load.
   */
  static WeeklyTrends trends(LocalDate meeting, String person) {
    List<LocalDate> weeks = new java.util.ArrayList<>();
    for (int i = 11; i >= 0; i--) {
      weeks.add(meeting.minusWeeks(i));
    }
    Duration h = Duration.ofHours(1);
    return new WeeklyTrends(
        weeks,
        List.of(2, 0, 5, 3, 1, 0, 4, 6, 2, 3, 1, 4),
        List.of(1, 0, 2, 1, 0, 0, 3, 4, 1, 1, 0, 3),
        List.of(
            new SeveritySeries("SEV1", List.of(0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0)),
            new SeveritySeries("SEV2", List.of(1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1)),
            new SeveritySeries("SEV3", List.of(0, 1, 2, 0, 0, 0, 1, 2, 1, 0, 1, 0)),
            new SeveritySeries("SEV4", List.of(0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0))),
        List.of(
            new SeveritySeries("SEV1", List.of(0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0)),
            new SeveritySeries("SEV2", List.of(0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1)),
            new SeveritySeries("SEV3", List.of(0, 1, 1, 1, 0, 0, 1, 1, 2, 0, 1, 0)),
            new SeveritySeries("SEV4", List.of(0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0))),
        java.util.Arrays.asList(
            null,
            h.multipliedBy(5),
            h.multipliedBy(9),
            h.multipliedBy(30),
            null,
            h.multipliedBy(2),
            h.multipliedBy(4),
            h.multipliedBy(12),
            h.multipliedBy(7),
            null,
            h.multipliedBy(3),
            h.multipliedBy(26)),
        java.util.Arrays.asList(
            null,
            h.multipliedBy(6),
            h.multipliedBy(20),
            h.multipliedBy(30),
            null,
            h.multipliedBy(2),
            h.multipliedBy(4),
            h.multipliedBy(40),
            h.multipliedBy(9),
            null,
            h.multipliedBy(3),
            h.multipliedBy(26)),
        List.of(1, 0, 3, 2, 0, 0, 2, 4, 1, 1, 2, 3),
        List.of(0, 1, 1, 2, 1, 0, 1, 2, 2, 1, 0, 1),
        List.of(0, 0, 1, 1, 2, 1, 0, 1, 2, 1, 0, 1),
        List.of(2, 1, 3, 0, 2, 1, 1, 4, 2, 0, 1, 1),
        List.of(0, 0, 1, 0, 0, 1, 0, 0, 2, 0, 0, 1),
        2,
        List.of(
            new PersonLoad(person, 504, 24, 9),
            new PersonLoad("Ada Lovelace", 336, 0, 5),
            new PersonLoad("Linus Torvalds", 168, 0, 3)));
  }

  /** The same week with nothing scheduled next week. */
  static WeeklyReport withoutMaintenance(WeeklyReport r) {
    return new WeeklyReport(
        r.teamSlug(),
        r.teamName(),
        r.weekStart(),
        r.weekEnd(),
        r.meetingDate(),
        r.zone(),
        r.roleHolders(),
        r.handoffs(),
        r.pages(),
        r.incidents(),
        r.reportsDue(),
        r.metrics(),
        r.followUps(),
        r.requests(),
        r.notes(),
        List.of(),
        r.trends());
  }
}
