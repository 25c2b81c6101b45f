package org.dutyboard.incident.statusupdate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.Grouping;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.common.pagination.Keyset;
import org.dutyboard.common.pagination.Slice;
import org.dutyboard.common.pagination.SliceRequest;
import org.dutyboard.incident.Incident;
import org.dutyboard.incident.IncidentViews;
import org.dutyboard.incident.Visibility;

/** Reading status updates. The public list is the only incident data anonymous callers get. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class StatusUpdateQueries {
  @Inject EntityManager em;
  @Inject IncidentViews incidentViews;
  @Inject StatusUpdateViews statusUpdateViews;

  public Map<UUID, List<StatusUpdateView>> forIncidents(List<UUID> incidentIds) {
    if (incidentIds.isEmpty()) {
      return Map.of();
    }
    List<StatusUpdate> updates =
        em.createQuery(
                "from StatusUpdate where any_of(:ids, incidentId) order by postedAt, id",
                StatusUpdate.class)
            .setParameter("ids", AnyOf.ids(incidentIds))
            .getResultList();
    return Grouping.byKey(statusUpdateViews.of(updates), StatusUpdateView::incidentId);
  }

  public Slice<PublicStatusUpdateView> publicUpdates(SliceRequest page) {
    Keyset keyset = page.keyset("u.postedAt", Keyset.KeyType.INSTANT, Keyset.Order.DESCENDING);
    var query =
        em.createQuery(
                "select u, i from StatusUpdate u, Incident i where i.id = u.incidentId"
                    + " and i.visibility = :public"
                    + keyset.and()
                    + " order by u.postedAt desc, u.id desc",
                Object[].class)
            .setParameter("public", Visibility.PUBLIC)
            .setMaxResults(page.fetchSize());
    List<Object[]> rows = keyset.bind(query).getResultList();
    Slice<Object[]> cut =
        page.toSlice(
            rows, r -> ((StatusUpdate) r[0]).postedAt.toString(), r -> ((StatusUpdate) r[0]).id);
    List<StatusUpdateView> views =
        statusUpdateViews.of(cut.items().stream().map(r -> (StatusUpdate) r[0]).toList());
    List<PublicStatusUpdateView> result = new ArrayList<>();
    for (int k = 0; k < views.size(); k++) {
      Incident incident = (Incident) cut.items().get(k)[1];
      StatusUpdateView v = views.get(k);
      String reference = incidentViews.reference(incident);
      String headline = PublicHeadline.of(incident, reference);
      result.add(
          new PublicStatusUpdateView(
              v.id(), reference, headline, v.status(), v.message(), v.postedAt(), v.components()));
    }
    return new Slice<>(result, cut.pageInfo());
  }
}
