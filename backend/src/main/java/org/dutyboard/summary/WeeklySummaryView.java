package org.dutyboard.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.dutyboard.clinic.requests.RequestKind;
import org.dutyboard.clinic.requests.RequestState;
import org.dutyboard.incident.IncidentStatus;
import org.dutyboard.incident.Severity;
import org.dutyboard.incident.metrics.IncidentMetricsView;
import org.dutyboard.incident.postmortem.PostmortemState;
import org.dutyboard.maintenance.MaintenanceStatus;
import org.dutyboard.rotation.schedule.ShiftSource;
import org.dutyboard.summary.trend.WeeklyTrendsView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("WeeklySummary")
@Description("A team's week, from one weekly SRE meeting to the next, as the meeting reviews it.")
public record WeeklySummaryView(
    @Id @NonNull @Description("The team.") UUID teamId,
    @NonNull @Description("The team's name.") String teamName,
    @NonNull @Description("Start of the week: the previous meeting.") Instant weekStart,
    @NonNull @Description("End of the week (exclusive): the meeting that reviews it.")
        Instant weekEnd,
    @NonNull @Description("The local date of the meeting that reviews the week.")
        LocalDate meetingDate,
    @NonNull @Description("Who held each rotation role during the week, in time order.")
        List<@NonNull SummaryRoleHoldingView> roleHolders,
    @NonNull @Description("Handoffs due during the week, in time order.")
        List<@NonNull SummaryHandoffView> handoffs,
    @Description("How many of the week's handoffs are unacknowledged.") int unacknowledgedHandoffs,
    @NonNull @Description("Pages for awareness.") SummaryPagesView pages,
    @NonNull @Description("Incidents of the week.") SummaryIncidentsView incidents,
    @NonNull
        @Description(
            "Incident reports due or overdue when the week is reviewed (at its meeting; now while"
                + " the week runs), including those of incidents resolved in earlier weeks.")
        SummaryPostmortemsDueView postmortemsDue,
    @NonNull
        @Description(
            "Response times over the team's incidents declared during the week that the reader"
                + " may see.")
        IncidentMetricsView incidentMetrics,
    @NonNull @Description("Follow-ups of the week.") SummaryFollowUpsView followUps,
    @NonNull @Description("Clinic requests of the week.") SummaryRequestsView clinicRequests,
    @NonNull @Description("The week's notes, important first, then in time order.")
        List<@NonNull SummaryNoteView> notes,
    @NonNull
        @Description(
            "Maintenance windows overlapping the week after this one (next meeting to the one"
                + " after), not cancelled, by start. All windows: maintenance is not team-owned.")
        List<@NonNull SummaryMaintenanceView> upcomingMaintenance,
    @NonNull
        @Description(
            "The 12 meeting weeks ending with this one side by side (as `weeklyTrends` gives"
                + " them), for the meeting's trend section.")
        WeeklyTrendsView trends,
    @NonNull @Description("The summary as deterministic Markdown for the meeting document.")
        String markdown) {

  @Type("SummaryRoleHolding")
  @Description("One person holding one rotation role for part of the week.")
  public record SummaryRoleHoldingView(
      @NonNull @Description("The rotation's name.") String rotation,
      @NonNull @Description("The role.") String role,
      @NonNull @Description("The holder's name.") String person,
      @NonNull @Description("Where the assignment comes from.") ShiftSource source,
      @NonNull @Description("From (clipped to the week).") Instant start,
      @NonNull @Description("Until (clipped to the week).") Instant end) {}

  @Type("SummaryHandoff")
  @Description("A handoff due during the week.")
  public record SummaryHandoffView(
      @NonNull @Description("The rotation's name.") String rotation,
      @NonNull @Description("The role handed over.") String role,
      @NonNull @Description("When it was due.") Instant at,
      @NonNull @Description("Who handed over.") String outgoing,
      @NonNull @Description("Who took over.") String incoming,
      @Description("Whether the incoming holder acknowledged it.") boolean acknowledged) {}

  @Type("SummaryCount")
  @Description("A labelled count.")
  public record SummaryCountView(
      @NonNull @Description("What is counted.") String label,
      @Description("How many.") int count) {}

  @Type("SummaryPages")
  @Description("Pages for awareness: alerts that started firing during the week.")
  public record SummaryPagesView(
      @Description("How many pages.") int total,
      @Description(
              "Pages outside 09:00-18:00 on weekdays in the paged person's zone (the team"
                  + " meeting's zone when nobody was on call).")
          int offHours,
      @NonNull @Description("By rotation, most first.") List<@NonNull SummaryCountView> byRotation,
      @NonNull @Description("By paged person (first role holder), most first.")
          List<@NonNull SummaryCountView> byPerson,
      @NonNull @Description("Most frequent alert names, at most five.")
          List<@NonNull SummaryCountView> topAlerts) {}

  @Type("SummaryIncident")
  @Description("An incident the caller may see.")
  public record SummaryIncidentView(
      @Description("The incident's number.") long number,
      @NonNull
          @Description(
              "Its reference as the product shows it, e.g. INC-4"
                  + " (dutyboard.incident.reference-prefix).")
          String reference,
      @NonNull @Description("Its title.") String title,
      @NonNull @Description("Its severity.") Severity severity,
      @NonNull @Description("Its current status.") IncidentStatus status) {}

  @Type("SummaryIncidents")
  @Description("Incidents declared, resolved and still open at the end of the week.")
  public record SummaryIncidentsView(
      @NonNull @Description("Declared during the week.")
          List<@NonNull SummaryIncidentView> declared,
      @NonNull @Description("Resolved during the week.")
          List<@NonNull SummaryIncidentView> resolved,
      @NonNull @Description("Declared before the end of the week and not resolved by then.")
          List<@NonNull SummaryIncidentView> stillOpen,
      @Description("Private incidents in any of these lists that the caller may not see.")
          int privateNotShown) {}

  @Type("SummaryReportDue")
  @Description("An incident whose required report is neither in review nor published.")
  public record SummaryPostmortemDueView(
      @Description("The incident's number.") long number,
      @NonNull @Description("Its reference as the product shows it, e.g. INC-4.") String reference,
      @NonNull @Description("Its title.") String title,
      @NonNull @Description("Its severity.") Severity severity,
      @NonNull @Description("When it was resolved.") Instant resolvedAt,
      @Description("The report's current state; null when not started.")
          PostmortemState postmortemState) {}

  @Type("SummaryReportsDue")
  @Description(
      "Team incidents resolved by the end of the week whose report is required (not waived) and"
          + " neither IN_REVIEW nor PUBLISHED, by number. Incidents of earlier weeks stay here"
          + " until their report is done.")
  public record SummaryPostmortemsDueView(
      @Description(
              "Days after resolution a report may take before it is overdue"
                  + " (dutyboard.summary.report-due-days).")
          int dueDays,
      @NonNull
          @Description(
              "Resolved at most dueDays before the week's review: its meeting, or now while the"
                  + " week runs.")
          List<@NonNull SummaryPostmortemDueView> due,
      @NonNull
          @Description(
              "Resolved more than dueDays before the week's review: its meeting, or now while the"
                  + " week runs.")
          List<@NonNull SummaryPostmortemDueView> overdue,
      @Description("Private incidents with a report due that the reader may not see.")
          int privateNotShown) {}

  @Type("SummaryFollowUps")
  @Description("Follow-up counts for the week.")
  public record SummaryFollowUpsView(
      @Description("Created during the week.") int created,
      @Description("Completed (done) during the week.") int completed,
      @Description("Still open at the end of the week with a due date before it.") int overdue) {}

  @Type("SummaryRequest")
  @Description("A clinic request in the summary.")
  public record SummaryRequestView(
      @NonNull @Description("Its title.") String title,
      @NonNull @Description("What it asks for.") RequestKind kind,
      @NonNull @Description("Its current state.") RequestState state,
      @Description("Link to the external ticket.") String ticketUrl) {}

  @Type("SummaryRequests")
  @Description("Clinic requests handled during the week and those waiting for the meeting.")
  public record SummaryRequestsView(
      @NonNull @Description("Granted or declined during the week.")
          List<@NonNull SummaryRequestView> handled,
      @NonNull @Description("Waiting for a decision of the weekly meeting.")
          List<@NonNull SummaryRequestView> waitingForMeeting) {}

  @Type("SummaryMaintenance")
  @Description("A maintenance window in the summary.")
  public record SummaryMaintenanceView(
      @NonNull @Description("Its public title.") String title,
      @NonNull @Description("Planned start.") Instant start,
      @NonNull @Description("Planned end.") Instant end,
      @NonNull @Description("Its current status.") MaintenanceStatus status,
      @NonNull @Description("Names of the affected components, alphabetical.")
          List<@NonNull String> components) {}

  @Type("SummaryNote")
  @Description("A note of the week.")
  public record SummaryNoteView(
      @NonNull @Description("The note.") String text,
      @Description("A link, if any.") String link,
      @Description("Important notes are rendered in bold.") boolean important,
      @NonNull @Description("Who wrote it.") String author) {}
}
