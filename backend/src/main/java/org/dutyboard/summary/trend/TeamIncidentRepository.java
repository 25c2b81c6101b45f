package org.dutyboard.summary.trend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.followup.FollowUpStatus;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.incident.Severity;

/**
 * The incidents a team took part in, and their follow-ups, over a range: one statement each (for
 * incidents with whether the reader may see each). No caller check: the audience is passed in.
 */
@ApplicationScoped
public class TeamIncidentRepository {
  /**
   * JPQL condition on an incident {@code i}, parameter {@code :team}: the team took part in it (a
   * member declared it or held a role, or one of its pages links to it).
   */
  public static final String INVOLVED =
      "(i.declaredByPersonId in (select m.id from Team t join t.members m where t.id = :team)"
          + " or exists (select 1 from IncidentRoleAssignment a where a.incidentId = i.id"
          + " and a.personId in (select m2.id from Team t2 join t2.members m2 where t2.id = :team))"
          + " or exists (select 1 from AlertPage p where p.incidentId = i.id and p.teamId = :team))";

  private static final String IN_RANGE =
      "((i.declaredAt >= :from and i.declaredAt < :to) or (i.resolvedAt >= :from and i.resolvedAt"
          + " < :to)) and "
          + INVOLVED;

  @Inject EntityManager em;
  @Inject IncidentAccess access;

  /** Incidents declared or resolved in {@code [from, to)} the team took part in. */
  List<IncidentTrends.Row> incidents(
      UUID teamId, Instant from, Instant to, IncidentAccess.Scope audience) {
    return access
        .bind(
            em.createQuery(
                "select i.severity, i.startedAt, i.declaredAt, i.resolvedAt, case when "
                    + IncidentAccess.VISIBLE
                    + " then true else false end from Incident i where "
                    + IN_RANGE,
                Object[].class),
            audience)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("team", teamId)
        .getResultList()
        .stream()
        .map(
            r ->
                new IncidentTrends.Row(
                    (Severity) r[0],
                    (Instant) r[1],
                    (Instant) r[2],
                    (Instant) r[3],
                    (Boolean) r[4]))
        .toList();
  }

  /**
   * Follow-ups of the team's incidents that may count in {@code [from, to)}: created before its end
   * and still open, closed in it or created in it.
   */
  List<FollowUpTrends.Row> followUps(UUID teamId, Instant from, Instant to) {
    return em
        .createQuery(
            "select f.createdAt, f.completedAt, f.status, f.dueOn from FollowUp f where"
                + " f.createdAt < :to and (any_of(:open, f.status) or f.completedAt >= :from"
                + " or f.createdAt >= :from) and f.incidentId in (select i.id from Incident i"
                + " where "
                + INVOLVED
                + ")",
            Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("team", teamId)
        .setParameter("open", AnyOf.names(FollowUpStatus.OPEN_STATUSES))
        .getResultList()
        .stream()
        .map(
            r ->
                new FollowUpTrends.Row(
                    (Instant) r[0], (Instant) r[1], (FollowUpStatus) r[2], (LocalDate) r[3]))
        .toList();
  }
}
