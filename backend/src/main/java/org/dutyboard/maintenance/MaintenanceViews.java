package org.dutyboard.maintenance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.Grouping;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.component.ComponentView;
import org.dutyboard.component.ComponentViews;

/** Builds views of a list of windows with two more queries (components, updates), not 2N. */
@ApplicationScoped
class MaintenanceViews {
  @Inject EntityManager em;
  @Inject Caller caller;

  /** Whether the caller may read the private operations fields. */
  boolean seesPrivate() {
    return caller.has(Role.RESPONDER) || caller.has(Role.SCHEDULER);
  }

  /** One window, private fields as the caller may see them. */
  MaintenanceWindowView of(MaintenanceWindow window) {
    return of(List.of(window), seesPrivate()).get(0);
  }

  List<MaintenanceWindowView> of(List<MaintenanceWindow> windows, boolean withPrivate) {
    if (windows.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = windows.stream().map(w -> w.id).toList();
    Map<UUID, List<ComponentView>> components =
        ComponentViews.byOwner(
            em.createQuery(
                    "select mc.maintenanceId, c from MaintenanceComponent mc, Component c"
                        + " where c.id = mc.componentId and any_of(:ids, mc.maintenanceId)"
                        + " order by c.displayOrder, c.name",
                    Object[].class)
                .setParameter("ids", AnyOf.ids(ids))
                .getResultList());
    List<MaintenanceUpdateEntry> updateRows =
        em.createQuery(
                "from MaintenanceUpdateEntry u where any_of(:ids, u.maintenanceId)"
                    + " order by u.postedAt, u.id",
                MaintenanceUpdateEntry.class)
            .setParameter("ids", AnyOf.ids(ids))
            .getResultList();
    Map<UUID, List<MaintenanceUpdateView>> updates =
        Grouping.byKey(updateRows, u -> u.maintenanceId, MaintenanceUpdateView::of);
    return windows.stream()
        .map(
            w ->
                new MaintenanceWindowView(
                    w.id,
                    w.title,
                    w.message,
                    w.status,
                    w.plannedStart,
                    w.plannedEnd,
                    components.getOrDefault(w.id, List.of()).stream()
                        .sorted(
                            Comparator.comparing(ComponentView::name)
                                .thenComparing(ComponentView::id))
                        .toList(),
                    updates.getOrDefault(w.id, List.of()),
                    withPrivate ? w.vendorReference : null,
                    withPrivate ? w.circuitId : null,
                    withPrivate ? w.internalNotes : null,
                    w.published,
                    w.createdBy,
                    w.createdAt,
                    w.updatedAt,
                    (int) w.version))
        .toList();
  }
}
