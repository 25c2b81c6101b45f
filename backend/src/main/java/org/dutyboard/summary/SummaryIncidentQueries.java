package org.dutyboard.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.followup.FollowUpStatus;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.incident.IncidentConfig;
import org.dutyboard.incident.Visibility;
import org.dutyboard.incident.metrics.IncidentMetrics.Moments;
import org.dutyboard.incident.metrics.IncidentMetricsView;
import org.dutyboard.incident.metrics.IncidentMetricsViews;
import org.dutyboard.incident.postmortem.PostmortemState;
import org.dutyboard.summary.WeeklySummaryView.SummaryFollowUpsView;
import org.dutyboard.summary.WeeklySummaryView.SummaryIncidentView;
import org.dutyboard.summary.WeeklySummaryView.SummaryIncidentsView;
import org.dutyboard.summary.WeeklySummaryView.SummaryPostmortemDueView;
import org.dutyboard.summary.WeeklySummaryView.SummaryPostmortemsDueView;
import org.dutyboard.summary.meeting.MeetingWeek;
import org.dutyboard.summary.trend.TeamIncidentRepository;

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
          + " Postmortem r where r.incidentId = i.id and any_of(:reportDone, r.state)))";

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
   * The week's incidents, the postmortems due and the metrics, in one statement: the team's
   * incidents (with earlier ones whose postmortem may be due) as the columns the summary shows, the
   * facts of the report rule, their report state and whether the audience may see each.
   */
  private Incidents incidents(
      UUID teamId, Instant from, Instant to, Instant reviewedAt, IncidentAccess.Scope audience) {
    String relevant =
        "(" + RELEVANT + " or " + REPORT_PENDING + ") and " + TeamIncidentRepository.INVOLVED;
    List<SummaryIncidentRow> all =
        access
            .bind(
                em.createQuery(
                    SummaryIncidentRow.COLUMNS
                        + " from Incident i where "
                        + relevant
                        + " order by i.number",
                    Object[].class),
                audience)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("team", teamId)
            .setParameter("reportDone", AnyOf.names(REPORT_DONE))
            .setParameter("public", Visibility.PUBLIC)
            .getResultList()
            .stream()
            .map(SummaryIncidentRow::of)
            .toList();
    List<SummaryIncidentView> declared = new ArrayList<>();
    List<SummaryIncidentView> resolved = new ArrayList<>();
    List<SummaryIncidentView> open = new ArrayList<>();
    List<UUID> ofTheWeek = new ArrayList<>();
    List<Moments> declaredVisible = new ArrayList<>();
    int hidden = 0;
    int declaredHidden = 0;
    for (SummaryIncidentRow i : all) {
      boolean isDeclared = !i.declaredAt().isBefore(from) && i.declaredAt().isBefore(to);
      boolean isResolved =
          i.resolvedAt() != null && !i.resolvedAt().isBefore(from) && i.resolvedAt().isBefore(to);
      boolean isOpen =
          i.declaredAt().isBefore(to) && (i.resolvedAt() == null || !i.resolvedAt().isBefore(to));
      if (!isDeclared && !isResolved && !isOpen) {
        continue; // only here for its report
      }
      ofTheWeek.add(i.id());
      if (!i.visible()) {
        hidden++;
        declaredHidden += isDeclared ? 1 : 0;
        continue;
      }
      SummaryIncidentView line =
          new SummaryIncidentView(i.number(), reference(i), i.title(), i.severity(), i.status());
      if (isDeclared) {
        declared.add(line);
        declaredVisible.add(i.moments());
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
        reportsDue(all, to, reviewedAt),
        IncidentMetricsViews.metricsOf(from, to, declaredVisible, declaredHidden));
  }

  private String reference(SummaryIncidentRow i) {
    return incidentConfig.referencePrefix() + "-" + i.number();
  }

  /**
   * Required, not waived, not done reports of incidents resolved before {@code to}; overdue once
   * more than the due days passed between resolution and {@code reviewedAt}.
   */
  private SummaryPostmortemsDueView reportsDue(
      List<SummaryIncidentRow> incidents, Instant to, Instant reviewedAt) {
    Duration dueWithin = Duration.ofDays(config.reportDueDays());
    List<SummaryPostmortemDueView> due = new ArrayList<>();
    List<SummaryPostmortemDueView> overdue = new ArrayList<>();
    int hidden = 0;
    for (SummaryIncidentRow i : incidents) {
      PostmortemState state = i.reportState();
      if (i.resolvedAt() == null
          || !i.resolvedAt().isBefore(to)
          || !i.reportRequired()
          || i.waived()
          || (state != null && REPORT_DONE.contains(state))) {
        continue;
      }
      if (!i.visible()) {
        hidden++;
        continue;
      }
      SummaryPostmortemDueView line =
          new SummaryPostmortemDueView(
              i.number(), reference(i), i.title(), i.severity(), i.resolvedAt(), state);
      (Duration.between(i.resolvedAt(), reviewedAt).compareTo(dueWithin) > 0 ? overdue : due)
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
                // Conditions in filter clauses: a parameter inside a function's argument (as in
                // sum(case when ...)) would cost the query its kept plan, as an in-list does.
                "select"
                    + " count(f) filter (where f.createdAt >= :from and f.createdAt < :to),"
                    + " count(f) filter (where f.status = :done and f.completedAt >= :from"
                    + " and f.completedAt < :to),"
                    + " count(f) filter (where f.createdAt < :to and f.dueOn < :meeting"
                    + " and (any_of(:open, f.status) or f.completedAt >= :to))"
                    + " from FollowUp f where any_of(:incidents, f.incidentId)",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("incidents", AnyOf.ids(incidentIds))
            .setParameter("done", FollowUpStatus.DONE)
            .setParameter("meeting", meetingDate)
            .setParameter("open", AnyOf.names(FollowUpStatus.OPEN_STATUSES))
            .getSingleResult();
    return new SummaryFollowUpsView(asInt(row[0]), asInt(row[1]), asInt(row[2]));
  }

  private static int asInt(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }
}
