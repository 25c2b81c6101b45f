package org.dutyboard.site.report;

import static org.dutyboard.site.model.Checks.MAX_BODY;
import static org.dutyboard.site.model.Checks.MAX_NAME;
import static org.dutyboard.site.model.Checks.id;
import static org.dutyboard.site.model.Checks.list;
import static org.dutyboard.site.model.Checks.notBefore;
import static org.dutyboard.site.model.Checks.optionalText;
import static org.dutyboard.site.model.Checks.required;
import static org.dutyboard.site.model.Checks.text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dutyboard.site.model.Checks;

/**
 * One team's week of the weekly duty report, from one SRE meeting to the next: the internal read
 * model the report pages are rendered from. It carries people's names (the report is internal) but
 * has no field for tokens, contact details or private incidents, which appear only as a count.
 *
 * @param teamSlug the team's directory in the report ({@code [A-Za-z0-9][A-Za-z0-9_-]*})
 * @param weekStart the previous meeting (inclusive)
 * @param weekEnd the meeting that reviews the week (exclusive)
 * @param meetingDate local date of that meeting; names the week's page
 * @param zone the meeting's zone: every time is shown in it
 * @param trends this week and the weeks before it, side by side
 */
public record WeeklyReport(
    String teamSlug,
    String teamName,
    Instant weekStart,
    Instant weekEnd,
    LocalDate meetingDate,
    ZoneId zone,
    List<RoleHolder> roleHolders,
    List<Handoff> handoffs,
    Pages pages,
    Incidents incidents,
    ReportsDue reportsDue,
    Metrics metrics,
    FollowUps followUps,
    Requests requests,
    List<Note> notes,
    List<Maintenance> upcomingMaintenance,
    WeeklyTrends trends) {

  public WeeklyReport {
    id(teamSlug, "teamSlug");
    text(teamName, "teamName", MAX_NAME);
    required(weekStart, "weekStart");
    required(weekEnd, "weekEnd");
    if (!weekEnd.isAfter(weekStart)) {
      throw new IllegalArgumentException("weekEnd must be after weekStart");
    }
    required(meetingDate, "meetingDate");
    required(zone, "zone");
    roleHolders = list(roleHolders, "roleHolders");
    handoffs = list(handoffs, "handoffs");
    required(pages, "pages");
    required(incidents, "incidents");
    required(reportsDue, "reportsDue");
    required(metrics, "metrics");
    required(followUps, "followUps");
    required(requests, "requests");
    notes = list(notes, "notes");
    upcomingMaintenance = list(upcomingMaintenance, "upcomingMaintenance");
    required(trends, "trends");
    if (!trends.weeks().get(trends.weeks().size() - 1).equals(meetingDate)) {
      throw new IllegalArgumentException("the trends must end with the report's week");
    }
  }

  /** Unacknowledged handoffs of the week. */
  public long unacknowledgedHandoffs() {
    return handoffs.stream().filter(h -> !h.acknowledged()).count();
  }

  /** A person holding a rotation role for part of the week; {@code source} e.g. "override". */
  public record RoleHolder(
      String rotation, String role, String person, String source, Instant start, Instant end) {
    public RoleHolder {
      text(rotation, "rotation", MAX_NAME);
      text(role, "role", MAX_NAME);
      text(person, "person", MAX_NAME);
      text(source, "source", MAX_NAME);
      required(start, "start");
      required(end, "end");
      notBefore(end, start, "a role holding ends before it starts");
    }
  }

  /** A handoff due during the week. */
  public record Handoff(
      String rotation,
      String role,
      Instant at,
      String outgoing,
      String incoming,
      boolean acknowledged) {
    public Handoff {
      text(rotation, "rotation", MAX_NAME);
      text(role, "role", MAX_NAME);
      required(at, "at");
      text(outgoing, "outgoing", MAX_NAME);
      text(incoming, "incoming", MAX_NAME);
    }
  }

  /** A labelled count, e.g. pages of one rotation. */
  public record Count(String label, int count) {
    public Count {
      text(label, "label", MAX_NAME);
    }
  }

  /** Pages for awareness: alerts that started firing during the week. */
  public record Pages(
      int total,
      int offHours,
      List<Count> byRotation,
      List<Count> byPerson,
      List<Count> topAlerts) {
    public Pages {
      byRotation = list(byRotation, "byRotation");
      byPerson = list(byPerson, "byPerson");
      topAlerts = list(topAlerts, "topAlerts");
    }
  }

  /** An incident a reader without special access may see; severity and status as shown. */
  public record Incident(String reference, String title, String severity, String status) {
    public Incident {
      text(reference, "reference", MAX_NAME);
      text(title, "title", MAX_NAME);
      text(severity, "severity", MAX_NAME);
      text(status, "status", MAX_NAME);
    }
  }

  /** Incidents of the week; private ones only as {@code privateNotShown}. */
  public record Incidents(
      List<Incident> declared,
      List<Incident> resolved,
      List<Incident> stillOpen,
      int privateNotShown) {
    public Incidents {
      declared = list(declared, "declared");
      resolved = list(resolved, "resolved");
      stillOpen = list(stillOpen, "stillOpen");
    }
  }

  /**
   * An incident whose required report is not yet in review or published; {@code reportState} e.g.
   * "draft" or "not started".
   */
  public record ReportDue(
      String reference, String title, String severity, Instant resolvedAt, String reportState) {
    public ReportDue {
      text(reference, "reference", MAX_NAME);
      text(title, "title", MAX_NAME);
      text(severity, "severity", MAX_NAME);
      required(resolvedAt, "resolvedAt");
      text(reportState, "reportState", MAX_NAME);
    }
  }

  /**
   * Incident reports due at the end of the week; {@code overdue} once more than {@code dueDays}
   * days passed since resolution. Private ones only as {@code privateNotShown}.
   */
  public record ReportsDue(
      int dueDays, List<ReportDue> due, List<ReportDue> overdue, int privateNotShown) {
    public ReportsDue {
      due = list(due, "due");
      overdue = list(overdue, "overdue");
    }
  }

  /**
   * One response-time measure over the week's incidents, e.g. "time to detect"; {@code median} and
   * {@code p90} are null when no incident had the data ({@code withData} 0).
   */
  public record Metric(String measure, int withData, Duration median, Duration p90) {
    public Metric {
      text(measure, "measure", MAX_NAME);
      if ((median == null) != (withData == 0) || (p90 == null) != (withData == 0)) {
        throw new IllegalArgumentException("median and p90 are given exactly when there is data");
      }
    }
  }

  /**
   * Response times over the {@code incidents} declared in the week that the report may show; {@code
   * privateNotIncluded} private ones are left out.
   */
  public record Metrics(int incidents, int privateNotIncluded, List<Metric> measures) {
    public Metrics {
      measures = list(measures, "measures");
    }
  }

  /** Follow-up counts. */
  public record FollowUps(int created, int completed, int overdue) {}

  /** A clinic request; {@code ticketUrl} may be null. */
  public record Request(String title, String kind, String state, String ticketUrl) {
    public Request {
      text(title, "title", MAX_NAME);
      text(kind, "kind", MAX_NAME);
      text(state, "state", MAX_NAME);
      ticketUrl = optionalText(ticketUrl, "ticketUrl", MAX_BODY);
    }
  }

  /** Clinic requests handled during the week and those waiting for the meeting. */
  public record Requests(List<Request> handled, List<Request> waitingForMeeting) {
    public Requests {
      handled = list(handled, "handled");
      waitingForMeeting = list(waitingForMeeting, "waitingForMeeting");
    }
  }

  /** A note of the week; important ones are shown in bold. */
  public record Note(String text, String link, boolean important, String author) {
    public Note {
      Checks.text(text, "text", MAX_BODY);
      link = optionalText(link, "link", MAX_BODY);
      Checks.text(author, "author", MAX_NAME);
    }
  }

  /** Maintenance scheduled for the coming week. */
  public record Maintenance(
      String title, Instant start, Instant end, String status, List<String> components) {
    public Maintenance {
      text(title, "title", MAX_NAME);
      required(start, "start");
      required(end, "end");
      notBefore(end, start, "a maintenance ends before it starts");
      text(status, "status", MAX_NAME);
      components = list(components, "components");
    }
  }
}
