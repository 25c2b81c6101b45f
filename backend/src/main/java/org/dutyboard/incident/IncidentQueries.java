package org.dutyboard.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.common.pagination.Keyset;
import org.dutyboard.common.pagination.Slice;
import org.dutyboard.common.pagination.SliceRequest;

/** Reading incidents, always through {@link IncidentAccess#VISIBLE}. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class IncidentQueries {
  @Inject EntityManager em;
  @Inject IncidentAccess access;
  @Inject IncidentViews incidentViews;

  /** Visible incidents, newest declaration first, optionally only those in {@code statuses}. */
  public Slice<IncidentView> incidents(SliceRequest page, List<IncidentStatus> statuses) {
    IncidentAccess.Scope scope = access.scope();
    StringBuilder jpql = new StringBuilder("from Incident i where " + IncidentAccess.VISIBLE);
    if (statuses != null && !statuses.isEmpty()) {
      jpql.append(" and any_of(:statuses, i.status)");
    }
    Keyset keyset = page.keyset("i.declaredAt", Keyset.KeyType.INSTANT, Keyset.Order.DESCENDING);
    jpql.append(keyset.and());
    jpql.append(" order by i.declaredAt desc, i.id desc");
    TypedQuery<Incident> query =
        access.bind(em.createQuery(jpql.toString(), Incident.class), scope);
    if (statuses != null && !statuses.isEmpty()) {
      query.setParameter("statuses", AnyOf.names(statuses));
    }
    List<Incident> rows = keyset.bind(query).setMaxResults(page.fetchSize()).getResultList();
    Slice<Incident> cut = page.toSlice(rows, i -> i.declaredAt.toString(), i -> i.id);
    return new Slice<>(incidentViews.of(cut.items()), cut.pageInfo());
  }

  public Optional<IncidentView> incident(UUID id) {
    return Optional.of(incidentViews.of(access.requireVisible(id, "id")));
  }
}
