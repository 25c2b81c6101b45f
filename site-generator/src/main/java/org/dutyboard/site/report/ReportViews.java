package org.dutyboard.site.report;

import java.util.List;
import org.dutyboard.site.render.view.TimeView;
import org.dutyboard.site.report.WeeklyReport.FollowUps;
import org.dutyboard.site.report.WeeklyReport.Incident;
import org.dutyboard.site.report.WeeklyReport.Pages;

/** What the report's Qute templates read (public records, read by reflection). */
public final class ReportViews {
  private ReportViews() {}

  /**
   * What the layout of every report page needs.
   *
   * @param root the way back to the report's root ("" or "../"), prefixed to every local link
   * @param zoneNote the sentence in the footer saying which zone times are shown in
   * @param stylesheet site path of the stylesheet (content-hashed)
   */
  public record Layout(
      String title, String root, List<Crumb> crumbs, String zoneNote, String stylesheet) {}

  /** A breadcrumb link; the current page is not linked. */
  public record Crumb(String href, String label) {}

  /** One team's week. */
  public record WeekView(
      String teamName,
      String meetingDay,
      TimeView start,
      TimeView end,
      List<HolderRow> holders,
      List<HandoffRow> handoffs,
      long unacknowledged,
      Pages pages,
      List<Incident> declared,
      List<Incident> resolved,
      List<Incident> stillOpen,
      String privateNotShown,
      int reportDueDays,
      List<ReportDueRow> reportsDue,
      List<ReportDueRow> reportsOverdue,
      String reportsPrivateNotShown,
      String metricsScope,
      List<MetricRow> metrics,
      FollowUps followUps,
      List<RequestRow> handled,
      List<RequestRow> waiting,
      List<NoteRow> notes,
      List<MaintenanceRow> maintenance) {}

  public record HolderRow(
      String rotation, String role, String person, String source, TimeView start, TimeView end) {}

  public record HandoffRow(
      String rotation,
      String role,
      TimeView at,
      String outgoing,
      String incoming,
      boolean acknowledged) {}

  public record ReportDueRow(
      String reference, String title, String severity, TimeView resolved, String reportState) {}

  /** {@code median} and {@code p90} as text, e.g. "2 h 5 min", or "no data". */
  public record MetricRow(String measure, String median, String p90, int withData) {}

  /** {@code href} is the ticket link when it is an http(s) URL, else null (shown as text). */
  public record RequestRow(String title, String kind, String state, String href, String url) {}

  /** {@code href} as for {@link RequestRow}. */
  public record NoteRow(String text, String href, String link, boolean important, String author) {}

  public record MaintenanceRow(
      String title, TimeView start, TimeView end, String status, String components) {}

  /** A team's weeks, newest first. */
  public record TeamView(String teamName, List<WeekRow> weeks) {}

  public record WeekRow(
      String href, String meetingDay, TimeView start, TimeView end, int pages, int incidents) {}

  /** The teams of the report. */
  public record IndexView(List<TeamRow> teams) {}

  public record TeamRow(String href, String name, int weeks, String latestHref, String latestDay) {}
}
