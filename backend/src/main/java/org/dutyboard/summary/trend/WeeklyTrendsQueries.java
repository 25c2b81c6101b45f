package org.dutyboard.summary.trend;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.dutyboard.clinic.alertpage.AlertPageQueries;
import org.dutyboard.clinic.alertpage.AlertPageView;
import org.dutyboard.clinic.requests.ClinicRequestQueries;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.people.PersonView;
import org.dutyboard.people.Team;
import org.dutyboard.rotation.LoadedRotation;
import org.dutyboard.rotation.Rotation;
import org.dutyboard.rotation.RotationRepository;
import org.dutyboard.rotation.fairness.FairnessCalculator;
import org.dutyboard.rotation.fairness.FairnessConfig;
import org.dutyboard.rotation.handoff.HandoffQueries;
import org.dutyboard.rotation.schedule.ComposedSchedules;
import org.dutyboard.rotation.schedule.ComposedSchedules.RotationSchedule;
import org.dutyboard.summary.meeting.MeetingWeek;
import org.dutyboard.summary.meeting.TeamMeetingService;

/**
 * A team's weekly trends: the weekly summary's numbers for several meeting weeks side by side, and
 * the load per person over them. A fixed number of statements however many weeks, rotations,
 * incidents and pages there are.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class WeeklyTrendsQueries {
  /** Weeks when the caller does not say (about a quarter). */
  public static final int DEFAULT_WEEKS = 12;

  /** At most half a year: keeps the queries, the report page and the schedule expansion small. */
  public static final int MAX_WEEKS = 26;

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject IncidentAccess access;
  @Inject TeamMeetingService meetings;
  @Inject AlertPageQueries pages;
  @Inject HandoffQueries handoffs;
  @Inject ClinicRequestQueries requests;
  @Inject RotationRepository rotationRepository;
  @Inject FairnessConfig fairness;
  @Inject TeamIncidentRepository incidents;

  /**
   * {@code weeks} weeks (default 12) ending with the meeting week containing the start of {@code
   * weekOf} (default: the week running now), as the caller may see them. Needs VIEWER.
   */
  public WeeklyTrendsView trends(UUID teamId, LocalDate weekOf, Integer weeks) {
    caller.require(Role.VIEWER);
    int count = weeks == null ? DEFAULT_WEEKS : weeks;
    if (count < 1 || count > MAX_WEEKS) {
      throw DutyboardException.validation(
          "weeks", "weeks must be between 1 and " + MAX_WEEKS + ", was " + count);
    }
    Entities.require(Team.class, teamId, "teamId", "Team");
    MeetingWeek rule = meetings.weekRule(teamId);
    MeetingWeek.Week last = weekOf == null ? rule.containing(clock.instant()) : rule.of(weekOf);
    return trends(teamId, rule, TrendWeeks.ending(rule, last, count), access.scope());
  }

  /**
   * The trends as {@code audience} may see them. No caller check: for the weekly summary and
   * report, which have checked or fixed their audience.
   */
  public WeeklyTrendsView trends(
      UUID teamId, MeetingWeek rule, TrendWeeks weeks, IncidentAccess.Scope audience) {
    List<Rotation> rotations = Rotation.list("teamId", Sort.by("name").and("id"), teamId);
    return trends(teamId, rule, weeks, audience, rotationRepository.loadCurrent(rotations));
  }

  /** As {@link #trends(UUID, MeetingWeek, TrendWeeks, IncidentAccess.Scope)}, rotations loaded. */
  public WeeklyTrendsView trends(
      UUID teamId,
      MeetingWeek rule,
      TrendWeeks weeks,
      IncidentAccess.Scope audience,
      List<LoadedRotation> rotations) {
    Instant from = weeks.from();
    Instant to = weeks.to();
    List<AlertPageView> paged = pages.alertPagesBetween(teamId, from, to);
    int[] pageCounts = weeks.count(paged.stream().map(AlertPageView::startsAt).toList());
    int[] offHours =
        weeks.count(
            paged.stream()
                .filter(p -> OffHours.isOffHours(p, rule.zone()))
                .map(AlertPageView::startsAt)
                .toList());
    int[] unacknowledged =
        weeks.count(
            handoffs.handoffsOfLoaded(rotations, from, to, true).stream()
                .map(h -> h.at())
                .toList());
    int[] handled =
        weeks.count(
            requests.activeBetween(teamId, from, to).stream().map(r -> r.closedAt()).toList());
    IncidentTrends.Result incident =
        IncidentTrends.of(weeks, incidents.incidents(teamId, from, to, audience));
    FollowUpTrends.Result followUps =
        FollowUpTrends.of(weeks, incidents.followUps(teamId, from, to));
    return new WeeklyTrendsView(
        teamId,
        weeks.weeks().stream().map(TrendWeekView::of).toList(),
        TrendSeriesView.of(pageCounts),
        TrendSeriesView.of(offHours),
        incident.declared(),
        incident.resolved(),
        incident.timeToResolve(),
        followUps.created(),
        followUps.completed(),
        followUps.overdue(),
        TrendSeriesView.of(handled),
        TrendSeriesView.of(unacknowledged),
        incident.privateNotIncluded(),
        load(rotations, rule, from, to, paged));
  }

  private List<PersonLoadView> load(
      List<LoadedRotation> rotations,
      MeetingWeek rule,
      Instant from,
      Instant to,
      List<AlertPageView> paged) {
    Set<LocalDate> holidays = new TreeSet<>(fairness.holidays().orElse(List.of()));
    PersonLoads loads = new PersonLoads();
    for (RotationSchedule schedule : rotations.stream().map(ComposedSchedules::of).toList()) {
      loads.addDuty(
          new FairnessCalculator(schedule.zone(), holidays)
              .tally(
                  schedule.composer(),
                  schedule.roles(),
                  from,
                  to,
                  schedule.rotation().roster().stream().map(PersonView::id).toList()),
          schedule.people());
    }
    return loads.addPages(paged, rule.zone()).views();
  }
}
