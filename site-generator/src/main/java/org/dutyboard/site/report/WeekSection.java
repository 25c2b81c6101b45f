package org.dutyboard.site.report;

import static org.dutyboard.site.report.WeeklyReportRenderer.href;
import static org.dutyboard.site.report.WeeklyReportRenderer.time;

import java.time.Duration;
import java.util.List;
import org.dutyboard.site.render.TimeFormat;
import org.dutyboard.site.report.ReportViews.HandoffRow;
import org.dutyboard.site.report.ReportViews.HolderRow;
import org.dutyboard.site.report.ReportViews.MaintenanceRow;
import org.dutyboard.site.report.ReportViews.MetricRow;
import org.dutyboard.site.report.ReportViews.NoteRow;
import org.dutyboard.site.report.ReportViews.ReportDueRow;
import org.dutyboard.site.report.ReportViews.RequestRow;
import org.dutyboard.site.report.ReportViews.WeekView;

/**
 * The body of one week's page from {@link WeeklyReport}: each section's rows with times in the
 * team's meeting zone, links only where they are http(s), and the counts of private incidents left
 * out. Pure.
 */
final class WeekSection {
  private WeekSection() {}

  static WeekView of(WeeklyReport r, TimeFormat time) {
    String day = time.day(r.meetingDate());
    int hidden = r.incidents().privateNotShown();
    return new WeekView(
        r.teamName(),
        day,
        time(time, r.weekStart()),
        time(time, r.weekEnd()),
        r.roleHolders().stream()
            .map(
                h ->
                    new HolderRow(
                        h.rotation(),
                        h.role(),
                        h.person(),
                        h.source(),
                        time(time, h.start()),
                        time(time, h.end())))
            .toList(),
        r.handoffs().stream()
            .map(
                h ->
                    new HandoffRow(
                        h.rotation(),
                        h.role(),
                        time(time, h.at()),
                        h.outgoing(),
                        h.incoming(),
                        h.acknowledged()))
            .toList(),
        r.unacknowledgedHandoffs(),
        r.pages(),
        r.incidents().declared(),
        r.incidents().resolved(),
        r.incidents().stillOpen(),
        privateNotShown(hidden),
        r.reportsDue().dueDays(),
        reportRows(time, r.reportsDue().due()),
        reportRows(time, r.reportsDue().overdue()),
        privateNotShown(r.reportsDue().privateNotShown()),
        metricsScope(r.metrics()),
        r.metrics().measures().stream()
            .map(
                m ->
                    new MetricRow(
                        m.measure(), duration(m.median()), duration(m.p90()), m.withData()))
            .toList(),
        r.followUps(),
        requests(r.requests().handled()),
        requests(r.requests().waitingForMeeting()),
        r.notes().stream()
            .map(n -> new NoteRow(n.text(), href(n.link()), n.link(), n.important(), n.author()))
            .toList(),
        r.upcomingMaintenance().stream()
            .map(
                m ->
                    new MaintenanceRow(
                        m.title(),
                        time(time, m.start()),
                        time(time, m.end()),
                        m.status(),
                        String.join(", ", m.components())))
            .toList());
  }

  private static String privateNotShown(int hidden) {
    return hidden == 0
        ? null
        : hidden + " private incident" + (hidden == 1 ? "" : "s") + " not shown";
  }

  private static List<ReportDueRow> reportRows(TimeFormat time, List<WeeklyReport.ReportDue> due) {
    return due.stream()
        .map(
            d ->
                new ReportDueRow(
                    d.reference(),
                    d.title(),
                    d.severity(),
                    time(time, d.resolvedAt()),
                    d.reportState()))
        .toList();
  }

  private static String metricsScope(WeeklyReport.Metrics m) {
    String scope =
        "Over the "
            + m.incidents()
            + " incident"
            + (m.incidents() == 1 ? "" : "s")
            + " declared during the week";
    return m.privateNotIncluded() == 0
        ? scope + "."
        : scope + "; " + m.privateNotIncluded() + " private not included.";
  }

  private static String duration(Duration d) {
    return d == null ? "no data" : TimeFormat.duration(d);
  }

  private static List<RequestRow> requests(List<WeeklyReport.Request> requests) {
    return requests.stream()
        .map(
            q -> new RequestRow(q.title(), q.kind(), q.state(), href(q.ticketUrl()), q.ticketUrl()))
        .toList();
  }
}
