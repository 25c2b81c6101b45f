package org.dutyboard.summary;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.clinic.alertpage.AlertPageQueries;
import org.dutyboard.clinic.notes.WeekNoteQueries;
import org.dutyboard.clinic.requests.ClinicRequestQueries;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.component.ComponentView;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.maintenance.MaintenanceQueries;
import org.dutyboard.maintenance.vendor.VendorMaintenanceQueries;
import org.dutyboard.people.Team;
import org.dutyboard.rotation.LoadedRotation;
import org.dutyboard.rotation.Rotation;
import org.dutyboard.rotation.RotationRepository;
import org.dutyboard.rotation.handoff.HandoffQueries;
import org.dutyboard.rotation.schedule.ScheduleQueries;
import org.dutyboard.rotation.schedule.ShiftAssignmentView;
import org.dutyboard.rotation.schedule.ShiftView;
import org.dutyboard.summary.WeeklySummaryView.SummaryHandoffView;
import org.dutyboard.summary.WeeklySummaryView.SummaryMaintenanceView;
import org.dutyboard.summary.WeeklySummaryView.SummaryNoteView;
import org.dutyboard.summary.WeeklySummaryView.SummaryRoleHoldingView;
import org.dutyboard.summary.WeeklySummaryView.SummaryVendorMaintenanceView;
import org.dutyboard.summary.meeting.MeetingWeek;
import org.dutyboard.summary.meeting.TeamMeetingService;
import org.dutyboard.summary.trend.TrendWeeks;
import org.dutyboard.summary.trend.WeeklyTrendsQueries;

/**
 * The weekly SRE meeting summary of a team, composed from the features' own read methods. Runs a
 * fixed number of queries however many rotations, incidents and pages the team has.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class WeeklySummaryQueries {
  @Inject Caller caller;
  @Inject IncidentAccess access;
  @Inject TeamMeetingService meetings;
  @Inject ScheduleQueries schedules;
  @Inject RotationRepository rotationRepository;
  @Inject HandoffQueries handoffs;
  @Inject AlertPageQueries pages;
  @Inject ClinicRequestQueries requests;
  @Inject WeekNoteQueries notes;
  @Inject MaintenanceQueries maintenance;
  @Inject VendorMaintenanceQueries vendor;
  @Inject SummaryIncidentQueries summaryIncidents;
  @Inject WeeklyTrendsQueries trends;

  public WeeklySummaryView summary(UUID teamId, LocalDate weekOf) {
    caller.require(Role.VIEWER);
    return summary(teamId, weekOf, access.scope(), vendor.callerSeesDetails());
  }

  /** As {@link #summary(UUID, LocalDate, IncidentAccess.Scope, boolean)}, no vendor details. */
  WeeklySummaryView summary(UUID teamId, LocalDate weekOf, IncidentAccess.Scope audience) {
    return summary(teamId, weekOf, audience, false);
  }

  /**
   * The summary as {@code audience} may see it. No caller check: for the weekly report, produced by
   * the scheduler for a fixed audience rather than for a request's caller.
   */
  WeeklySummaryView summary(
      UUID teamId, LocalDate weekOf, IncidentAccess.Scope audience, boolean vendorDetails) {
    if (weekOf == null) {
      throw DutyboardException.validation("weekOf", "weekOf is required");
    }
    Team team = Entities.require(Team.class, teamId, "teamId", "Team");
    MeetingWeek rule = meetings.weekRule(teamId);
    MeetingWeek.Week week = rule.of(weekOf);
    Instant from = week.start();
    Instant to = week.end();

    // Loaded once for the handoffs, the role holders and the trends.
    List<LoadedRotation> rotations =
        rotationRepository.loadCurrent(Rotation.list("teamId", Sort.by("name").and("id"), teamId));
    Map<UUID, String> rotationNames = new LinkedHashMap<>();
    rotations.forEach(r -> rotationNames.put(r.rotation().id, r.rotation().name));

    List<SummaryHandoffView> handoffLines =
        handoffs.handoffsOfLoaded(rotations, from, to, false).stream()
            .map(
                h ->
                    new SummaryHandoffView(
                        h.rotationName(),
                        h.role(),
                        h.at(),
                        h.outgoing().name(),
                        h.incoming().name(),
                        h.acknowledgedAt() != null))
            .toList();
    int unacknowledged = (int) handoffLines.stream().filter(h -> !h.acknowledged()).count();

    List<SummaryNoteView> noteLines =
        notes.notesBetween(teamId, from, to).stream()
            .sorted(
                Comparator.comparing((org.dutyboard.clinic.notes.WeekNoteView n) -> !n.important())
                    .thenComparing(n -> n.at())
                    .thenComparing(n -> n.id()))
            .map(n -> new SummaryNoteView(n.text(), n.link(), n.important(), n.authorName()))
            .toList();

    SummaryIncidentQueries.Week incidents = summaryIncidents.of(teamId, week, audience);
    MeetingWeek.Week next = rule.containing(to);
    WeeklySummaryView summary =
        new WeeklySummaryView(
            teamId,
            team.name,
            from,
            to,
            week.meetingDate(),
            roleHolders(rotations, from, to),
            handoffLines,
            unacknowledged,
            SummaryCounts.pages(
                pages.alertPagesBetween(teamId, from, to), rotationNames, rule.zone()),
            incidents.stats(),
            incidents.reports(),
            incidents.metrics(),
            incidents.followUps(),
            SummaryCounts.requests(requests.activeBetween(teamId, from, to), from, to),
            noteLines,
            upcomingMaintenance(next),
            vendorDetails ? vendorMaintenance(next) : List.of(),
            trends.trends(
                teamId,
                rule,
                TrendWeeks.ending(rule, week, WeeklyTrendsQueries.DEFAULT_WEEKS),
                audience,
                rotations),
            "");
    return WeeklySummaryMarkdown.withMarkdown(summary, rule.zone());
  }

  /** Maintenance of the next meeting week: all windows (maintenance is not team-owned). */
  private List<SummaryMaintenanceView> upcomingMaintenance(MeetingWeek.Week next) {
    return maintenance.overlapping(next.start(), next.end()).stream()
        .map(
            m ->
                new SummaryMaintenanceView(
                    m.title(),
                    m.plannedStart(),
                    m.plannedEnd(),
                    m.status(),
                    m.components().stream().map(ComponentView::name).toList()))
        .toList();
  }

  /** Vendor maintenance of the next meeting week with its private details. */
  private List<SummaryVendorMaintenanceView> vendorMaintenance(MeetingWeek.Week next) {
    return vendor.overlapping(next.start(), next.end()).stream()
        .map(
            v ->
                new SummaryVendorMaintenanceView(
                    v.title(), v.start(), v.end(), v.status(), v.vendor()))
        .toList();
  }

  private List<SummaryRoleHoldingView> roleHolders(
      List<LoadedRotation> rotations, Instant from, Instant to) {
    List<SummaryRoleHoldingView> result = new ArrayList<>();
    Map<UUID, ScheduleQueries.RotationShifts> shifts = schedules.shiftsOf(rotations, from, to);
    for (Rotation rotation : rotations.stream().map(LoadedRotation::rotation).toList()) {
      List<SummaryRoleHoldingView> own = new ArrayList<>();
      ScheduleQueries.RotationShifts loaded = shifts.get(rotation.id);
      if (loaded == null) {
        continue;
      }
      for (ShiftView shift : loaded.shifts()) {
        for (ShiftAssignmentView a : shift.assignments()) {
          Instant start = a.start().isBefore(from) ? from : a.start();
          Instant end = a.end().isAfter(to) ? to : a.end();
          if (end.isAfter(start)) {
            merge(
                own,
                new SummaryRoleHoldingView(
                    rotation.name, a.role(), a.person().name(), a.source(), start, end));
          }
        }
      }
      // Roles in the rotation's order (clinician before backup), as the team names them.
      List<String> roleOrder = loaded.roles();
      own.sort(
          Comparator.comparing(SummaryRoleHoldingView::start)
              .thenComparingInt(h -> roleOrder.indexOf(h.role()))
              .thenComparing(SummaryRoleHoldingView::person));
      result.addAll(own);
    }
    return result;
  }

  /** Joins a holding to an earlier one of the same role, person and source it continues. */
  private static void merge(List<SummaryRoleHoldingView> holdings, SummaryRoleHoldingView next) {
    for (int i = 0; i < holdings.size(); i++) {
      SummaryRoleHoldingView h = holdings.get(i);
      if (h.role().equals(next.role())
          && h.person().equals(next.person())
          && h.source() == next.source()
          && h.end().equals(next.start())) {
        holdings.set(
            i,
            new SummaryRoleHoldingView(
                h.rotation(), h.role(), h.person(), h.source(), h.start(), next.end()));
        return;
      }
    }
    holdings.add(next);
  }
}
