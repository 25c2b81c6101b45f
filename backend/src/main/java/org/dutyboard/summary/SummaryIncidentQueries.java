package org.dutyboard.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dutyboard.followup.FollowUpStatus;
import org.dutyboard.incident.Incident;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.incident.IncidentConfig;
import org.dutyboard.incident.metrics.IncidentMetricsView;
import org.dutyboard.incident.metrics.IncidentMetricsViews;
import org.dutyboard.incident.postmortem.PostmortemQueries;
import org.dutyboard.incident.postmortem.PostmortemRequirementView;
import org.dutyboard.incident.postmortem.PostmortemState;
import org.dutyboard.summary.WeeklySummaryView.SummaryFollowUpsView;
import org.dutyboard.summary.WeeklySummaryView.SummaryIncidentView;
import org.dutyboard.summary.WeeklySummaryView.SummaryIncidentsView;
import org.dutyboard.summary.WeeklySummaryView.SummaryPostmortemDueView;
import org.dutyboard.summary.WeeklySummaryView.SummaryPostmortemsDueView;
import org.dutyboard.summary.meeting.MeetingWeek;
import org.dutyboard.summary.trend.TeamIncidentRepository;
import org.hibernate.jpa.HibernateHints;

/**
 * The incident side of the weekly summary: the incidents a team took part in during a week
 * (declared, resolved, still open), the postmortems due or overdue, the week's metrics and the
 * follow-ups of those incidents, in a fixed number of statements. No caller check: the audience is
 * passed in (see {@link WeeklySummaryQueries}).
 */
@ApplicationScoped
class SummaryIncidentQueries {
  @Inject EntityManager em;
  @Inject IncidentAccess access;
  @Inject PostmortemQueries reports;
  @Inject WeeklySummaryConfig config;
  @Inject IncidentConfig incidentConfig;
  @Inject Clock clock;

  /** Incidents declared or resolved in the week, or open at its end. */
  private static final String RELEVANT =
      "((i.declaredAt >= :from and i.declaredAt < :to)"
          + " or (i.resolvedAt >= :from and i.resolvedAt < :to)"
          + " or (i.declaredAt < :to and (i.resolvedAt is null or i.resolvedAt >= :to)))";

  /**
   * Resolved before the week, report not waived and not done: its report may still be due (whether
   * one is required is decided by {@link PostmortemQueries}).
   */
  private static final String REPORT_PENDING =
      "(i.resolvedAt < :from and i.postmortemWaiverReason is null and not exists (select 1 from"
          + " Postmortem r where r.incidentId = i.id and r.state in :reportDone))";

  /** Report states that end "due": IN_REVIEW already allows closing the incident. */
  private static final List<PostmortemState> REPORT_DONE =
      List.of(PostmortemState.IN_REVIEW, PostmortemState.PUBLISHED);

  /** The incident side of one team week. */
  record Week(
      SummaryIncidentsView stats,
      SummaryPostmortemsDueView reports,
      IncidentMetricsView metrics,
      SummaryFollowUpsView followUps) {}

  /** The incidents of {@code week} the team took part in, as {@code audience} may see them. */
  Week of(UUID teamId, MeetingWeek.Week week, IncidentAccess.Scope audience) {
    Instant from = week.start();
    Instant to = week.end();
    // Reports are judged when the week is reviewed: at its meeting, or now while it runs.
    Instant now = clock.instant();
    Instant reviewedAt = now.isBefore(to) ? now : to;
    Incidents incidents = incidents(teamId, from, to, reviewedAt, audience);
    return new Week(
        incidents.stats(),
        incidents.reports(),
        incidents.metrics(),
        followUpStats(incidents.ids(), from, to, week.meetingDate()));
  }

  private record Incidents(
      SummaryIncidentsView stats,
      List<UUID> ids,
      SummaryPostmortemsDueView reports,
      IncidentMetricsView metrics) {}

  /**
   * The week's incidents, the postmortems due and the metrics, in three statements: the team's
   * incidents (with earlier ones whose postmortem may be due) with whether the audience may see
   * each, their public status updates (report rule) and their report states.
   */
  private Incidents incidents(
      UUID teamId, Instant from, Instant to, Instant reviewedAt, IncidentAccess.Scope audience) {
    String relevant =
        "(" + RELEVANT + " or " + REPORT_PENDING + ") and " + TeamIncidentRepository.INVOLVED;
    // One pass: each incident with whether the audience may see it.
    List<Object[]> rows =
        access
            .bind(
                em.createQuery(
                    "select i, case when "
                        + IncidentAccess.VISIBLE
                        + " then true else false end from Incident i where "
                        + relevant
                        + " order by i.number",
                    Object[].class),
                audience)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("team", teamId)
            .setParameter("reportDone", REPORT_DONE)
            .setHint(HibernateHints.HINT_READ_ONLY, true)
            .getResultList();
    List<Incident> all = new ArrayList<>(rows.size());
    Set<UUID> visible = new HashSet<>();
    for (Object[] row : rows) {
      Incident incident = (Incident) row[0];
      all.add(incident);
      if ((Boolean) row[1]) {
        visible.add(incident.id);
      }
    }
    List<SummaryIncidentView> declared = new ArrayList<>();
    List<SummaryIncidentView> resolved = new ArrayList<>();
    List<SummaryIncidentView> open = new ArrayList<>();
    List<UUID> ofTheWeek = new ArrayList<>();
    List<Incident> declaredVisible = new ArrayList<>();
    int hidden = 0;
    int declaredHidden = 0;
    for (Incident i : all) {
      boolean isDeclared = !i.declaredAt.isBefore(from) && i.declaredAt.isBefore(to);
      boolean isResolved =
          i.resolvedAt != null && !i.resolvedAt.isBefore(from) && i.resolvedAt.isBefore(to);
      boolean isOpen =
          i.declaredAt.isBefore(to) && (i.resolvedAt == null || !i.resolvedAt.isBefore(to));
      if (!isDeclared && !isResolved && !isOpen) {
        continue; // only here for its report
      }
      ofTheWeek.add(i.id);
      if (!visible.contains(i.id)) {
        hidden++;
        declaredHidden += isDeclared ? 1 : 0;
        continue;
      }
      SummaryIncidentView line =
          new SummaryIncidentView(i.number, reference(i), i.title, i.severity, i.status);
      if (isDeclared) {
        declared.add(line);
        declaredVisible.add(i);
      }
      if (isResolved) {
        resolved.add(line);
      }
      if (isOpen) {
        open.add(line);
      }
    }
    return new Incidents(
        new SummaryIncidentsView(declared, resolved, open, hidden),
        ofTheWeek,
        reportsDue(all, visible, to, reviewedAt),
        IncidentMetricsViews.metrics(from, to, declaredVisible, declaredHidden));
  }

  private String reference(Incident i) {
    return incidentConfig.referencePrefix() + "-" + i.number;
  }

  /**
   * Required, not waived, not done reports of incidents resolved before {@code to}; overdue once
   * more than the due days passed between resolution and {@code reviewedAt}.
   */
  private SummaryPostmortemsDueView reportsDue(
      List<Incident> incidents, Set<UUID> visible, Instant to, Instant reviewedAt) {
    List<Incident> resolved =
        incidents.stream().filter(i -> i.resolvedAt != null && i.resolvedAt.isBefore(to)).toList();
    Map<UUID, PostmortemRequirementView> requirements = reports.requirementsOf(resolved);
    Map<UUID, PostmortemState> states = reports.states(resolved.stream().map(i -> i.id).toList());
    Duration dueWithin = Duration.ofDays(config.reportDueDays());
    List<SummaryPostmortemDueView> due = new ArrayList<>();
    List<SummaryPostmortemDueView> overdue = new ArrayList<>();
    int hidden = 0;
    for (Incident i : resolved) {
      PostmortemRequirementView requirement = requirements.get(i.id);
      PostmortemState state = states.get(i.id);
      if (!requirement.required()
          || requirement.waived()
          || (state != null && REPORT_DONE.contains(state))) {
        continue;
      }
      if (!visible.contains(i.id)) {
        hidden++;
        continue;
      }
      SummaryPostmortemDueView line =
          new SummaryPostmortemDueView(
              i.number, reference(i), i.title, i.severity, i.resolvedAt, state);
      (Duration.between(i.resolvedAt, reviewedAt).compareTo(dueWithin) > 0 ? overdue : due)
          .add(line);
    }
    return new SummaryPostmortemsDueView(config.reportDueDays(), due, overdue, hidden);
  }

  /** Follow-ups of the summary's incidents. */
  private SummaryFollowUpsView followUpStats(
      List<UUID> incidentIds, Instant from, Instant to, LocalDate meetingDate) {
    if (incidentIds.isEmpty()) {
      return new SummaryFollowUpsView(0, 0, 0);
    }
    Object[] row =
        em.createQuery(
                "select"
                    + " sum(case when f.createdAt >= :from and f.createdAt < :to then 1 else 0 end),"
                    + " sum(case when f.status = :done and f.completedAt >= :from"
                    + " and f.completedAt < :to then 1 else 0 end),"
                    + " sum(case when f.createdAt < :to and f.dueOn < :meeting"
                    + " and (f.status in (:open) or f.completedAt >= :to) then 1 else 0 end)"
                    + " from FollowUp f where f.incidentId in :incidents",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("incidents", incidentIds)
            .setParameter("done", FollowUpStatus.DONE)
            .setParameter("meeting", meetingDate)
            .setParameter("open", List.of(FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS))
            .getSingleResult();
    return new SummaryFollowUpsView(asInt(row[0]), asInt(row[1]), asInt(row[2]));
  }

  private static int asInt(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }
}
