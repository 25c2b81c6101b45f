package org.dutyboard.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.pagination.Keyset;
import org.dutyboard.common.pagination.Slice;
import org.dutyboard.common.pagination.SliceRequest;
import org.dutyboard.incident.IncidentAccess;

/**
 * Reads of follow-up tasks: visible exactly to those who see their incident. Due dates are UTC
 * dates: a task is overdue from the day after its due date while still open.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class FollowUpQueries {
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject IncidentAccess access;
  @Inject FollowUpViews views;

  public Slice<FollowUpView> list(FollowUpFilter filter, SliceRequest page) {
    IncidentAccess.Scope scope = access.scope();
    FollowUpFilter f = filter == null ? new FollowUpFilter(null, null, null, null) : filter;
    StringBuilder jpql =
        new StringBuilder(
            "select f from FollowUp f, Incident i where i.id = f.incidentId and "
                + IncidentAccess.VISIBLE);
    Map<String, Object> params = new HashMap<>();
    if (f.incidentId() != null) {
      jpql.append(" and f.incidentId = :incident");
      params.put("incident", Ids.parse(f.incidentId(), "incidentId"));
    }
    if (f.status() != null) {
      jpql.append(" and f.status = :status");
      params.put("status", f.status());
    }
    if (Boolean.TRUE.equals(f.overdue())) {
      jpql.append(" and any_of(:open, f.status) and f.dueOn < :today");
      params.put("open", AnyOf.names(FollowUpStatus.OPEN_STATUSES));
      params.put("today", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
    if (Boolean.TRUE.equals(f.unowned())) {
      jpql.append(" and any_of(:open, f.status) and f.ownerId is null");
      params.put("open", AnyOf.names(FollowUpStatus.OPEN_STATUSES));
    }
    Keyset keyset = page.keyset("f.createdAt", Keyset.KeyType.INSTANT, Keyset.Order.ASCENDING);
    jpql.append(keyset.and());
    params.putAll(keyset.params());
    jpql.append(" order by f.createdAt, f.id");
    TypedQuery<FollowUp> query =
        access.bind(em.createQuery(jpql.toString(), FollowUp.class), scope);
    params.forEach(query::setParameter);
    List<FollowUp> rows = query.setMaxResults(page.fetchSize()).getResultList();
    Slice<FollowUp> cut = page.toSlice(rows, t -> t.createdAt.toString(), t -> t.id);
    return new Slice<>(views.of(cut.items()), cut.pageInfo());
  }

  /** Open (OPEN or IN_PROGRESS) follow-ups per incident, in one statement. */
  public Map<UUID, Long> openCounts(List<UUID> incidentIds) {
    Map<UUID, Long> counts = new HashMap<>();
    if (!incidentIds.isEmpty()) {
      em.createQuery(
              "select f.incidentId, count(f) from FollowUp f where any_of(:ids, f.incidentId)"
                  + " and any_of(:open, f.status) group by f.incidentId",
              Object[].class)
          .setParameter("ids", AnyOf.ids(incidentIds))
          .setParameter("open", AnyOf.names(FollowUpStatus.OPEN_STATUSES))
          .getResultList()
          .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
    }
    return counts;
  }
}
