package org.dutyboard.summary;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.dutyboard.site.report.WeeklyReport;
import org.dutyboard.site.report.WeeklyReport.Count;
import org.dutyboard.site.report.WeeklyReport.Incident;
import org.dutyboard.site.report.WeeklyTrends;
import org.dutyboard.summary.WeeklySummaryView.SummaryIncidentView;
import org.dutyboard.summary.WeeklySummaryView.SummaryPostmortemDueView;
import org.dutyboard.summary.WeeklySummaryView.SummaryRequestView;
import org.dutyboard.summary.trend.SeverityTrendView;
import org.dutyboard.summary.trend.TrendWeekView;
import org.dutyboard.summary.trend.WeeklyTrendsView;

/** Maps the weekly summary to the report's read model (no ids, no tokens, no private titles). */
public final class WeeklyReportViews {
  private static final int MAX_SLUG_NAME = 40;

  private WeeklyReportViews() {}

  static WeeklyReport map(WeeklySummaryView s, ZoneId zone) {
    return new WeeklyReport(
        slug(s.teamName(), s.teamId()),
        s.teamName(),
        s.weekStart(),
        s.weekEnd(),
        s.meetingDate(),
        zone,
        s.roleHolders().stream()
            .map(
                h ->
                    new WeeklyReport.RoleHolder(
                        h.rotation(), h.role(), h.person(), label(h.source()), h.start(), h.end()))
            .toList(),
        s.handoffs().stream()
            .map(
                h ->
                    new WeeklyReport.Handoff(
                        h.rotation(),
                        h.role(),
                        h.at(),
                        h.outgoing(),
                        h.incoming(),
                        h.acknowledged()))
            .toList(),
        new WeeklyReport.Pages(
            s.pages().total(),
            s.pages().offHours(),
            counts(s.pages().byRotation()),
            counts(s.pages().byPerson()),
            counts(s.pages().topAlerts())),
        new WeeklyReport.Incidents(
            incidents(s.incidents().declared()),
            incidents(s.incidents().resolved()),
            incidents(s.incidents().stillOpen()),
            s.incidents().privateNotShown()),
        new WeeklyReport.ReportsDue(
            s.postmortemsDue().dueDays(),
            reportsDue(s.postmortemsDue().due()),
            reportsDue(s.postmortemsDue().overdue()),
            s.postmortemsDue().privateNotShown()),
        new WeeklyReport.Metrics(
            s.incidentMetrics().incidentCount(),
            s.incidentMetrics().privateIncidentsNotShown(),
            s.incidentMetrics().measures().stream()
                .map(
                    m ->
                        new WeeklyReport.Metric(
                            heading(m.measure()),
                            m.incidentsWithData(),
                            duration(m.medianSeconds()),
                            duration(m.p90Seconds())))
                .toList()),
        new WeeklyReport.FollowUps(
            s.followUps().created(), s.followUps().completed(), s.followUps().overdue()),
        new WeeklyReport.Requests(
            requests(s.clinicRequests().handled()),
            requests(s.clinicRequests().waitingForMeeting())),
        s.notes().stream()
            .map(n -> new WeeklyReport.Note(n.text(), n.link(), n.important(), n.author()))
            .toList(),
        s.upcomingMaintenance().stream()
            .map(
                m ->
                    new WeeklyReport.Maintenance(
                        m.title(), m.start(), m.end(), label(m.status()), m.components()))
            .toList(),
        trends(s.trends()));
  }

  /** The trends as the report shows them: numbers and people's names only. */
  static WeeklyTrends trends(WeeklyTrendsView t) {
    return new WeeklyTrends(
        t.weeks().stream().map(TrendWeekView::meetingDate).toList(),
        t.pages().values(),
        t.offHoursPages().values(),
        severities(t.incidentsDeclared()),
        severities(t.incidentsResolved()),
        durations(t.timeToResolve().medianSeconds()),
        durations(t.timeToResolve().p90Seconds()),
        t.followUpsCreated().values(),
        t.followUpsCompleted().values(),
        t.followUpsOverdue().values(),
        t.clinicRequestsHandled().values(),
        t.unacknowledgedHandoffs().values(),
        t.privateIncidentsNotIncluded(),
        t.load().stream()
            .map(
                l ->
                    new WeeklyTrends.PersonLoad(
                        l.person().name(), l.onDutyHours(), l.holidayHours(), l.offHoursPages()))
            .toList());
  }

  private static List<WeeklyTrends.SeveritySeries> severities(List<SeverityTrendView> series) {
    return series.stream()
        .map(s -> new WeeklyTrends.SeveritySeries(s.severity().name(), s.series().values()))
        .toList();
  }

  private static List<Duration> durations(List<Integer> seconds) {
    List<Duration> result = new ArrayList<>();
    seconds.forEach(s -> result.add(duration(s)));
    return result;
  }

  /**
   * The team's directory: its name in lower-case ASCII words plus the start of its id, so two teams
   * never share one and a path stays valid for any name, e.g. {@code sre-core-3fa2c1d9}. Also the
   * team's name in {@code /duty/<slug>.txt}.
   */
  public static String slug(String teamName, UUID teamId) {
    String words =
        teamName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (words.length() > MAX_SLUG_NAME) {
      words = words.substring(0, MAX_SLUG_NAME).replaceAll("-+$", "");
    }
    String id = teamId.toString().substring(0, 8);
    return words.isEmpty() ? "team-" + id : words + "-" + id;
  }

  /** An enum constant for people: {@code NEEDS_MEETING_REVIEW} -> "needs meeting review". */
  static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** As {@link #label}, capitalized for the start of a line: "Time to detect". */
  static String heading(Enum<?> value) {
    String label = label(value);
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  private static List<Count> counts(List<WeeklySummaryView.SummaryCountView> counts) {
    return counts.stream().map(c -> new Count(c.label(), c.count())).toList();
  }

  private static List<Incident> incidents(List<SummaryIncidentView> lines) {
    return lines.stream()
        .map(i -> new Incident(i.reference(), i.title(), i.severity().name(), label(i.status())))
        .toList();
  }

  private static List<WeeklyReport.ReportDue> reportsDue(List<SummaryPostmortemDueView> lines) {
    return lines.stream()
        .map(
            r ->
                new WeeklyReport.ReportDue(
                    r.reference(),
                    r.title(),
                    r.severity().name(),
                    r.resolvedAt(),
                    r.postmortemState() == null ? "not started" : label(r.postmortemState())))
        .toList();
  }

  private static Duration duration(Integer seconds) {
    return seconds == null ? null : Duration.ofSeconds(seconds);
  }

  private static List<WeeklyReport.Request> requests(List<SummaryRequestView> lines) {
    return lines.stream()
        .map(
            r ->
                new WeeklyReport.Request(
                    r.title(), label(r.kind()), label(r.state()), r.ticketUrl()))
        .toList();
  }
}
