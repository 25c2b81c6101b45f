package org.dutyboard.incident.statusupdate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.Grouping;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.component.Component;
import org.dutyboard.component.ComponentViews;

/** Status updates -> views, with the components they state, in one query. */
@ApplicationScoped
public class StatusUpdateViews {
  @Inject EntityManager em;

  public List<StatusUpdateView> of(List<StatusUpdate> updates) {
    if (updates.isEmpty()) {
      return List.of();
    }
    List<Object[]> statedRows =
        em.createQuery(
                "select s, c from StatusUpdateComponent s, Component c where c.id = s.componentId"
                    + " and any_of(:ids, s.statusUpdateId) order by c.displayOrder, c.name",
                Object[].class)
            .setParameter("ids", AnyOf.ids(updates.stream().map(u -> u.id).toList()))
            .getResultList();
    Map<UUID, List<ComponentStatusEntryView>> stated =
        Grouping.byKey(
            statedRows,
            row -> ((StatusUpdateComponent) row[0]).statusUpdateId,
            row ->
                new ComponentStatusEntryView(
                    ComponentViews.of((Component) row[1]),
                    ((StatusUpdateComponent) row[0]).componentStatus));
    return updates.stream()
        .map(
            u ->
                new StatusUpdateView(
                    u.id,
                    u.incidentId,
                    u.status,
                    u.message,
                    u.postedAt,
                    u.author,
                    stated.getOrDefault(u.id, List.of())))
        .toList();
  }
}
