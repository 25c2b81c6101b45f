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
 * summary always gives the same text (times in the meeting's zone, fixed order, no "now").
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
        render(s, zone));
  }

  static String render(WeeklySummaryView s, ZoneId zone) {
    StringBuilder md = new StringBuilder();
    md.append("# Weekly SRE summary: ").append(s.teamName()).append("\n\n");
    md.append("Week ")
        .append(time(s.weekStart(), zone))
        .append(" to ")
        .append(time(s.weekEnd(), zone))
        .append(" (")
        .append(zone.getId())
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
              String text = n.important() ? "**" + n.text() + "**" : n.text();
              md.append("- ").append(text);
              if (n.link() != null) {
                md.append(" (").append(n.link()).append(')');
              }
              md.append(" - ").append(n.author()).append('\n');
            });

    section(md, "On duty");
    if (s.roleHolders().isEmpty()) {
      md.append("- none\n");
    }
    s.roleHolders()
        .forEach(
            h ->
                md.append("- ")
                    .append(h.rotation())
                    .append(" / ")
                    .append(h.role())
                    .append(": ")
                    .append(h.person())
                    .append(" (")
                    .append(h.source())
                    .append(") ")
                    .append(time(h.start(), zone))
                    .append(" to ")
                    .append(time(h.end(), zone))
                    .append('\n'));

    section(md, "Handoffs");
    md.append("- ")
        .append(s.handoffs().size())
        .append(" handoffs, ")
        .append(s.unacknowledgedHandoffs())
        .append(" unacknowledged\n");
    s.handoffs().stream()
        .filter(h -> !h.acknowledged())
        .forEach(
            h ->
                md.append("  - unacknowledged: ")
                    .append(h.rotation())
                    .append(" / ")
                    .append(h.role())
                    .append(" at ")
                    .append(time(h.at(), zone))
                    .append(", ")
                    .append(h.outgoing())
                    .append(" to ")
                    .append(h.incoming())
                    .append('\n'));

    section(md, "Pages for awareness");
    md.append("- ")
        .append(s.pages().total())
        .append(" pages, ")
        .append(s.pages().offHours())
        .append(" off hours\n");
    md.append("- By rotation: ").append(counts(s.pages().byRotation())).append('\n');
    md.append("- By person: ").append(counts(s.pages().byPerson())).append('\n');
    md.append("- Top alerts: ").append(counts(s.pages().topAlerts())).append('\n');

    section(md, "Incidents");
    incidents(md, "Declared", s.incidents().declared());
    incidents(md, "Resolved", s.incidents().resolved());
    incidents(md, "Still open", s.incidents().stillOpen());
    if (s.incidents().privateNotShown() > 0) {
      md.append("- ")
          .append(s.incidents().privateNotShown())
          .append(" private incidents not shown\n");
    }

    section(md, "Incident reports");
    reports(md, "Due", s.incidentReports().due(), zone);
    reports(
        md,
        "Overdue (more than " + s.incidentReports().dueDays() + " days after resolution)",
        s.incidentReports().overdue(),
        zone);
    if (s.incidentReports().privateNotShown() > 0) {
      md.append("- ")
          .append(s.incidentReports().privateNotShown())
          .append(" private incidents not shown\n");
    }

    section(md, "Incident metrics");
    IncidentMetricsView metrics = s.incidentMetrics();
    md.append("- Over ").append(metrics.incidentCount()).append(" incidents declared in the week");
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
                  .append(m.title())
                  .append(": ")
                  .append(time(m.start(), zone))
                  .append(" to ")
                  .append(time(m.end(), zone))
                  .append(" (")
                  .append(m.status())
                  .append(')');
              if (!m.components().isEmpty()) {
                md.append(" - ").append(String.join(", ", m.components()));
              }
              md.append('\n');
            });
    return md.toString();
  }

  private static void section(StringBuilder md, String title) {
    md.append("\n## ").append(title).append("\n\n");
  }

  private static String time(Instant at, ZoneId zone) {
    return TIME.withLocale(java.util.Locale.ROOT).format(at.atZone(zone));
  }

  private static String counts(List<Count> counts) {
    return counts.isEmpty()
        ? "none"
        : counts.stream()
            .map(c -> c.label() + " (" + c.count() + ")")
            .collect(Collectors.joining(", "));
  }

  private static void incidents(StringBuilder md, String label, List<IncidentLine> lines) {
    md.append("- ").append(label).append(": ").append(lines.size()).append('\n');
    lines.forEach(
        i ->
            md.append("  - #")
                .append(i.number())
                .append(' ')
                .append(i.severity())
                .append(' ')
                .append(i.title())
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
            md.append("  - #")
                .append(r.number())
                .append(' ')
                .append(r.severity())
                .append(' ')
                .append(r.title())
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
                .append(r.title())
                .append(" (")
                .append(r.kind())
                .append(", ")
                .append(r.state())
                .append(")\n"));
  }
}
