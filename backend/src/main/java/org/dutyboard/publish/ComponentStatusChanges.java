package org.dutyboard.publish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.component.Component;
import org.dutyboard.site.model.AffectedComponent;
import org.dutyboard.site.model.ComponentStatus;
import org.dutyboard.site.model.MaintenanceUpdate;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.PublicMaintenance;
import org.dutyboard.site.model.PublicUpdate;

/**
 * When each component's public status last changed (Statuspage's {@code updated_at}). The status
 * the site last showed is kept per component; when the status now differs, the change is dated at
 * the latest public event that can have caused it (an incident update naming the component, the
 * incident's resolution, a maintenance update, an override set or running out), never later than
 * now. Reads only public data. One read and at most one write per publish.
 */
@ApplicationScoped
class ComponentStatusChanges {
  @Inject EntityManager em;

  private record Known(ComponentStatus status, Instant changedAt) {}

  /** Last status change per component id, recording the changes {@code current} shows. */
  Map<String, Instant> record(
      List<Component> components,
      Map<String, ComponentStatus> current,
      List<PublicIncident> incidents,
      List<PublicMaintenance> maintenances,
      Instant now) {
    Map<String, Known> known = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select s.componentId, s.status, s.changedAt from ComponentPublicStatus s",
                Object[].class)
            .getResultList()) {
      known.put(row[0].toString(), new Known((ComponentStatus) row[1], (Instant) row[2]));
    }
    Map<String, Instant> result = new HashMap<>();
    List<Object[]> changed = new ArrayList<>();
    for (Component c : components) {
      String id = c.id.toString();
      ComponentStatus status = current.getOrDefault(id, ComponentStatus.OPERATIONAL);
      Known before = known.get(id);
      Instant changedAt;
      if (before != null && before.status() == status) {
        changedAt = before.changedAt();
      } else {
        Instant floor = before == null ? c.createdAt : max(before.changedAt(), c.createdAt);
        changedAt =
            before == null && status == ComponentStatus.OPERATIONAL
                ? c.createdAt
                : latestEvent(c, incidents, maintenances, floor, now);
        changed.add(new Object[] {c.id, status.name(), changedAt});
      }
      result.put(id, changedAt);
    }
    save(changed);
    return result;
  }

  /** The latest public event about the component in {@code [floor, now]}; now when none is. */
  static Instant latestEvent(
      Component c,
      List<PublicIncident> incidents,
      List<PublicMaintenance> maintenances,
      Instant floor,
      Instant now) {
    String id = c.id.toString();
    List<Instant> events = new ArrayList<>();
    for (PublicIncident incident : incidents) {
      boolean named = incident.affectedComponentIds().contains(id);
      for (PublicUpdate update : incident.updates()) {
        for (AffectedComponent a : update.affectedComponents()) {
          if (a.componentId().equals(id)) {
            named = true;
            events.add(update.createdAt());
          }
        }
      }
      if (named && incident.resolvedAt() != null) {
        events.add(incident.resolvedAt());
      }
    }
    for (PublicMaintenance m : maintenances) {
      if (m.affectedComponentIds().contains(id)) {
        m.updates().stream().map(MaintenanceUpdate::createdAt).forEach(events::add);
      }
    }
    if (c.overrideSetAt != null) {
      events.add(c.overrideSetAt);
    }
    if (c.overrideUntil != null) {
      events.add(c.overrideUntil);
    }
    events.add(c.updatedAt); // clearing an override
    return events.stream()
        .filter(at -> at != null && !at.isBefore(floor) && !at.isAfter(now))
        .max(Instant::compareTo)
        .orElse(now);
  }

  /** One upsert statement for all changed components. */
  private void save(List<Object[]> changed) {
    if (changed.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "insert into component_public_status (component_id, status, changed_at) values ");
    for (int i = 0; i < changed.size(); i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("(?")
          .append(3 * i + 1)
          .append(", ?")
          .append(3 * i + 2)
          .append(", ?")
          .append(3 * i + 3)
          .append(')');
    }
    sql.append(
        " on conflict (component_id) do update set status = excluded.status,"
            + " changed_at = excluded.changed_at");
    Query query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < changed.size(); i++) {
      Object[] row = changed.get(i);
      query.setParameter(3 * i + 1, (UUID) row[0]);
      query.setParameter(3 * i + 2, row[1]);
      query.setParameter(3 * i + 3, (Instant) row[2]);
    }
    query.executeUpdate();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
