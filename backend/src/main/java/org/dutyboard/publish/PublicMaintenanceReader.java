package org.dutyboard.publish;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.dutyboard.common.Grouping;
import org.dutyboard.maintenance.MaintenanceComponent;
import org.dutyboard.maintenance.MaintenanceStatus;
import org.dutyboard.site.model.MaintenanceUpdate;
import org.dutyboard.site.model.PublicMaintenance;

/**
 * The public side of scheduled maintenance, in three queries whatever the data: windows that are
 * not CANCELLED, their public updates and their components. The private fields (vendor reference,
 * circuit id, internal notes) and update authors are never selected (column projections), and the
 * read model has no field for them. Cancelled windows stay off the site (Statuspage has no
 * cancelled state), and so do unpublished ones (internal windows, e.g. from vendor notifications).
 */
@ApplicationScoped
class PublicMaintenanceReader {
  @Inject EntityManager em;

  /** The public windows and the components under an active (IN_PROGRESS or VERIFYING) one. */
  record Result(List<PublicMaintenance> maintenances, Set<String> underMaintenance) {}

  @RegisterForReflection // built by Hibernate from "select new" (native image)
  record WindowRow(
      UUID id,
      String title,
      MaintenanceStatus status,
      Instant createdAt,
      Instant plannedStart,
      Instant plannedEnd,
      String message) {}

  @RegisterForReflection
  record UpdateRow(
      UUID maintenanceId, UUID id, MaintenanceStatus status, String message, Instant postedAt) {}

  Result read(Set<UUID> componentIds) {
    List<WindowRow> windows =
        em.createQuery(
                "select new "
                    + WindowRow.class.getName()
                    + "(w.id, w.title, w.status, w.createdAt, w.plannedStart, w.plannedEnd,"
                    + " w.message) from MaintenanceWindow w where w.status <> :cancelled and w.published = true",
                WindowRow.class)
            .setParameter("cancelled", MaintenanceStatus.CANCELLED)
            .getResultList();
    List<UpdateRow> updateRows =
        em.createQuery(
                "select new "
                    + UpdateRow.class.getName()
                    + "(u.maintenanceId, u.id, u.status, u.message, u.postedAt)"
                    + " from MaintenanceUpdateEntry u, MaintenanceWindow w"
                    + " where w.id = u.maintenanceId and w.status <> :cancelled and w.published = true",
                UpdateRow.class)
            .setParameter("cancelled", MaintenanceStatus.CANCELLED)
            .getResultList();
    Map<UUID, List<MaintenanceUpdate>> updates =
        Grouping.byKey(
            updateRows,
            UpdateRow::maintenanceId,
            u ->
                new MaintenanceUpdate(
                    u.id().toString(), map(u.status()), u.message(), u.postedAt()));
    Map<UUID, Set<String>> affected = new HashMap<>();
    em
        .createQuery(
            "select mc from MaintenanceComponent mc, MaintenanceWindow w"
                + " where w.id = mc.maintenanceId and w.status <> :cancelled and w.published = true",
            MaintenanceComponent.class)
        .setParameter("cancelled", MaintenanceStatus.CANCELLED)
        .getResultList()
        .stream()
        .filter(mc -> componentIds.contains(mc.componentId))
        .forEach(
            mc ->
                affected
                    .computeIfAbsent(mc.maintenanceId, k -> new TreeSet<>())
                    .add(mc.componentId.toString()));

    List<PublicMaintenance> result = new ArrayList<>();
    Set<String> underMaintenance = new HashSet<>();
    for (WindowRow w : windows) {
      List<String> components = List.copyOf(affected.getOrDefault(w.id(), Set.of()));
      PublicMaintenance m =
          new PublicMaintenance(
              w.id().toString(),
              w.title(),
              map(w.status()),
              w.createdAt(),
              w.plannedStart(),
              w.plannedEnd(),
              components,
              w.message(),
              updates.getOrDefault(w.id(), List.of()));
      if (m.status().active()) {
        underMaintenance.addAll(components);
      }
      result.add(m);
    }
    return new Result(result, underMaintenance);
  }

  private static org.dutyboard.site.model.MaintenanceStatus map(MaintenanceStatus status) {
    return org.dutyboard.site.model.MaintenanceStatus.valueOf(status.name());
  }
}
