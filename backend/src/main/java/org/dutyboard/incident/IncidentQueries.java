package org.dutyboard.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.pagination.Slice;
import org.dutyboard.common.pagination.SliceRequest;

/** Reading incidents and their metrics, always through {@link IncidentAccess#VISIBLE}. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class IncidentQueries {
  static final Duration MAX_METRICS_RANGE = Duration.ofDays(366);

  @Inject EntityManager em;
  @Inject IncidentAccess access;
  @Inject IncidentLoader loader;

  /** Visible incidents, newest declaration first, optionally only those in {@code statuses}. */
  public Slice<IncidentView> incidents(SliceRequest page, List<IncidentStatus> statuses) {
    IncidentAccess.Scope scope = access.scope();
    StringBuilder jpql = new StringBuilder("from Incident i where " + IncidentAccess.VISIBLE);
    if (statuses != null && !statuses.isEmpty()) {
      jpql.append(" and i.status in :statuses");
    }
    if (page.hasCursor()) {
      jpql.append(" and (i.declaredAt < :at or (i.declaredAt = :at and i.id < :id))");
    }
    jpql.append(" order by i.declaredAt desc, i.id desc");
    TypedQuery<Incident> query =
        access.bind(em.createQuery(jpql.toString(), Incident.class), scope);
    if (statuses != null && !statuses.isEmpty()) {
      query.setParameter("statuses", statuses);
    }
    if (page.hasCursor()) {
      query.setParameter("at", page.afterInstant()).setParameter("id", page.afterId());
    }
    List<Incident> rows = query.setMaxResults(page.fetchSize()).getResultList();
    Slice<Incident> cut = page.toSlice(rows, i -> i.declaredAt.toString(), i -> i.id);
    return new Slice<>(loader.load(cut.items()), cut.pageInfo());
  }

  public Optional<IncidentView> incident(UUID id) {
    return Optional.of(loader.load(access.requireVisible(id, "id")));
  }

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
    return IncidentMetricsView.of(from, to, visible, (int) (all - visible.size()));
  }
}
