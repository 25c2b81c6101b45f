package org.dutyboard.incident.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.incident.Incident;
import org.dutyboard.incident.IncidentAccess;

/** Response-time metrics over the incidents a caller may see. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class IncidentMetricsQueries {
  static final Duration MAX_METRICS_RANGE = Duration.ofDays(366);

  @Inject EntityManager em;
  @Inject IncidentAccess access;

  /** Response-time metrics over the visible incidents declared in [from, to). */
  public IncidentMetricsView metrics(Instant from, Instant to) {
    IncidentAccess.Scope scope = access.scope();
    if (from == null || to == null || !from.isBefore(to)) {
      throw DutyboardException.validation("to", "to must be after from");
    }
    if (Duration.between(from, to).compareTo(MAX_METRICS_RANGE) > 0) {
      throw DutyboardException.validation("to", "the period may span at most 366 days");
    }
    List<Incident> visible =
        access
            .bind(
                em.createQuery(
                    "from Incident i where i.declaredAt >= :from and i.declaredAt < :to and "
                        + IncidentAccess.VISIBLE,
                    Incident.class),
                scope)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    long all =
        em.createQuery(
                "select count(i) from Incident i where i.declaredAt >= :from and i.declaredAt < :to",
                Long.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    return IncidentMetricsViews.metrics(from, to, visible, (int) (all - visible.size()));
  }
}
