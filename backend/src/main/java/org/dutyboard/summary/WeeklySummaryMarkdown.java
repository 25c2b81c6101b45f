package org.dutyboard.summary;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.dutyboard.incident.IncidentMetricsView;
import org.dutyboard.site.render.TimeFormat;
import org.dutyboard.summary.WeeklySummaryView.Count;
import org.dutyboard.summary.WeeklySummaryView.IncidentLine;
import org.dutyboard.summary.WeeklySummaryView.ReportDueLine;
import org.dutyboard.summary.WeeklySummaryView.RequestLine;

/**
 * Renders a weekly summary as Markdown to paste into the meeting document. Deterministic: the same
 * summary always gives the same text (times in the meeting's zone, fixed order, no "now"). Every
 * text users wrote goes through {@link MarkdownText}, so it cannot change the document's structure.
 */
final class WeeklySummaryMarkdown {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm");

  private WeeklySummaryMarkdown() {}

  static WeeklySummaryView withMarkdown(WeeklySummaryView s, ZoneId zone) {
    return new WeeklySummaryView(
        s.teamId(),
        s.teamName(),
        s.weekStart(),
        s.weekEnd(),
        s.meetingDate(),
        s.roleHolders(),
        s.handoffs(),
        s.unacknowledgedHandoffs(),
        s.pages(),
        s.incidents(),
        s.incidentReports(),
        s.incidentMetrics(),
        s.followUps(),
        s.clinicRequests(),
        s.notes(),
        s.upcomingMaintenance(),
        s.vendorMaintenance(),
        render(s, zone));
  }

  static String render(WeeklySummaryView s, ZoneId zone) {
    StringBuilder md = new StringBuilder();
    md.append("# Weekly SRE summary: ").append(text(s.teamName())).append("\n\n");
    md.append("Week ")
        .append(time(s.weekStart(), zone))
        .append(" to ")
        .append(time(s.weekEnd(), zone))
        .append(" (")
        .append(TimeFormat.zoneName(zone))
        .append("), meeting on ")
        .append(s.meetingDate())
        .append(".\n");

    section(md, "Notes");
    if (s.notes().isEmpty()) {
      md.append("- none\n");
    }
    s.notes()
        .forEach(
            n -> {
              String text = n.important() ? "**" + text(n.text()) + "**" : text(n.text());
              md.append("- ").append(text);
              if (n.link() != null) {
                md.append(" (").append(MarkdownText.link(n.link())).append(')');
              }
              md.append(" - ").append(text(n.author())).append('\n');
            });

    section(md, "On duty");
    if (s.roleHolders().isEmpty()) {
      md.append("- none\n");
    }
    s.roleHolders()
        .forEach(
            h ->
                md.append("- ")
                    .append(text(h.rotation()))
                    .append(" / ")
                    .append(text(h.role()))
                    .append(": ")
                    .append(text(h.person()))
                    .append(" (")
                    .append(h.source())
                    .append(") ")
                    .append(time(h.start(), zone))
                    .append(" to ")
                    .append(time(h.end(), zone))
                    .append('\n'));

    section(md, "Handoffs");
    md.append("- ")
        .append(count(s.handoffs().size(), "handoff", "handoffs"))
        .append(", ")
        .append(s.unacknowledgedHandoffs())
        .append(" unacknowledged\n");
    s.handoffs().stream()
        .filter(h -> !h.acknowledged())
        .forEach(
            h ->
                md.append("  - unacknowledged: ")
                    .append(text(h.rotation()))
                    .append(" / ")
                    .append(text(h.role()))
                    .append(" at ")
                    .append(time(h.at(), zone))
                    .append(", ")
                    .append(text(h.outgoing()))
                    .append(" to ")
                    .append(text(h.incoming()))
                    .append('\n'));

    section(md, "Pages for awareness");
    md.append("- ")
        .append(count(s.pages().total(), "page", "pages"))
        .append(", ")
        .append(s.pages().offHours())
        .append(" outside working hours\n");
    md.append("- By rotation: ").append(counts(s.pages().byRotation())).append('\n');
    md.append("- By person: ").append(counts(s.pages().byPerson())).append('\n');
    md.append("- Top alerts: ").append(counts(s.pages().topAlerts())).append('\n');

    section(md, "Incidents");
    incidents(md, "Declared", s.incidents().declared());
    incidents(md, "Resolved", s.incidents().resolved());
    incidents(md, "Still open", s.incidents().stillOpen());
    if (s.incidents().privateNotShown() > 0) {
      md.append("- ").append(privateNotShown(s.incidents().privateNotShown())).append('\n');
    }

    section(md, "Incident reports");
    reports(md, "Due", s.incidentReports().due(), zone);
    reports(
        md,
        "Overdue (more than "
            + count(s.incidentReports().dueDays(), "day", "days")
            + " after resolution)",
        s.incidentReports().overdue(),
        zone);
    if (s.incidentReports().privateNotShown() > 0) {
      md.append("- ").append(privateNotShown(s.incidentReports().privateNotShown())).append('\n');
    }

    section(md, "Incident metrics");
    IncidentMetricsView metrics = s.incidentMetrics();
    md.append("- Over ")
        .append(count(metrics.incidentCount(), "incident", "incidents"))
        .append(" declared in the week");
    if (metrics.privateIncidentsNotShown() > 0) {
      md.append(", ").append(metrics.privateIncidentsNotShown()).append(" private not included");
    }
    md.append('\n');
    metrics
        .measures()
        .forEach(
            m -> {
              md.append("- ").append(WeeklyReportMapper.heading(m.measure())).append(": ");
              if (m.incidentsWithData() == 0) {
                md.append("no data\n");
              } else {
                md.append("median ")
                    .append(duration(m.medianSeconds()))
                    .append(", p90 ")
                    .append(duration(m.p90Seconds()))
                    .append(" (")
                    .append(m.incidentsWithData())
                    .append(" with data)\n");
              }
            });

    section(md, "Follow-ups");
    md.append("- ")
        .append(s.followUps().created())
        .append(" created, ")
        .append(s.followUps().completed())
        .append(" completed, ")
        .append(s.followUps().overdue())
        .append(" overdue\n");

    section(md, "Clinic requests");
    requests(md, "Handled", s.clinicRequests().handled());
    requests(md, "Waiting for the meeting", s.clinicRequests().waitingForMeeting());

    section(md, "Maintenance next week");
    if (s.upcomingMaintenance().isEmpty()) {
      md.append("- none\n");
    }
    s.upcomingMaintenance()
        .forEach(
            m -> {
              md.append("- ")
                  .append(text(m.title()))
                  .append(": ")
                  .append(time(m.start(), zone))
                  .append(" to ")
                  .append(time(m.end(), zone))
                  .append(" (")
                  .append(m.status())
                  .append(')');
              if (!m.components().isEmpty()) {
                md.append(" - ")
                    .append(
                        m.components().stream()
                            .map(MarkdownText::text)
                            .collect(Collectors.joining(", ")));
              }
              md.append('\n');
            });
    VendorMaintenanceMarkdown.section(md, s.vendorMaintenance(), zone);
    return md.toString();
  }

  private static String text(String userText) {
    return MarkdownText.text(userText);
  }

  /** "1 handoff", "2 handoffs", "0 handoffs". */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String privateNotShown(int n) {
    return count(n, "private incident", "private incidents") + " not shown";
  }

  static void section(StringBuilder md, String title) {
    md.append("\n## ").append(title).append("\n\n");
  }

  static String time(Instant at, ZoneId zone) {
    return TIME.withLocale(java.util.Locale.ROOT).format(at.atZone(zone));
  }

  private static String counts(List<Count> counts) {
    return counts.isEmpty()
        ? "none"
        : counts.stream()
            .map(c -> text(c.label()) + " (" + c.count() + ")")
            .collect(Collectors.joining(", "));
  }

  private static void incidents(StringBuilder md, String label, List<IncidentLine> lines) {
    md.append("- ").append(label).append(": ").append(lines.size()).append('\n');
    lines.forEach(
        i ->
            md.append("  - ")
                .append(text(i.reference()))
                .append(' ')
                .append(i.severity())
                .append(' ')
                .append(text(i.title()))
                .append(" (")
                .append(i.status())
                .append(")\n"));
  }

  private static String duration(int seconds) {
    return TimeFormat.duration(Duration.ofSeconds(seconds));
  }

  private static void reports(
      StringBuilder md, String label, List<ReportDueLine> lines, ZoneId zone) {
    md.append("- ").append(label).append(": ").append(lines.size()).append('\n');
    lines.forEach(
        r ->
            md.append("  - ")
                .append(text(r.reference()))
                .append(' ')
                .append(r.severity())
                .append(' ')
                .append(text(r.title()))
                .append(", resolved ")
                .append(time(r.resolvedAt(), zone))
                .append(", report ")
                .append(r.reportState() == null ? "not started" : r.reportState())
                .append('\n'));
  }

  private static void requests(StringBuilder md, String label, List<RequestLine> lines) {
    md.append("- ").append(label).append(": ").append(lines.size()).append('\n');
    lines.forEach(
        r ->
            md.append("  - ")
                .append(text(r.title()))
                .append(" (")
                .append(r.kind())
                .append(", ")
                .append(r.state())
                .append(")\n"));
  }
}
