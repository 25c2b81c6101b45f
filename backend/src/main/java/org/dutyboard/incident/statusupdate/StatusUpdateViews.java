package org.dutyboard.incident.statusupdate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    Map<UUID, List<ComponentStatusEntryView>> stated = new HashMap<>();
    em.createQuery(
            "select s, c from StatusUpdateComponent s, Component c where c.id = s.componentId"
                + " and s.statusUpdateId in :ids order by c.displayOrder, c.name",
            Object[].class)
        .setParameter("ids", updates.stream().map(u -> u.id).toList())
        .getResultList()
        .forEach(
            row -> {
              StatusUpdateComponent s = (StatusUpdateComponent) row[0];
              stated
                  .computeIfAbsent(s.statusUpdateId, k -> new ArrayList<>())
                  .add(
                      new ComponentStatusEntryView(
                          ComponentViews.of((Component) row[1]), s.componentStatus));
            });
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
