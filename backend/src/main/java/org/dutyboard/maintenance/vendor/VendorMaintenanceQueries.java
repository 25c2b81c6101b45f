package org.dutyboard.maintenance.vendor;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.maintenance.MaintenanceStatus;
import org.dutyboard.maintenance.MaintenanceWindow;

/** Reads of vendor maintenance: private, so only RESPONDER and SCHEDULER callers get details. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class VendorMaintenanceQueries {
  @Inject Caller caller;
  @Inject EntityManager em;
  @Inject VendorMaintenanceViews views;

  /** A vendor maintenance with its window's public side, for the weekly summary. */
  public record Upcoming(
      String title,
      Instant start,
      Instant end,
      MaintenanceStatus status,
      VendorMaintenanceView vendor) {}

  /** Whether the caller may see vendor details (the maintenance window's private-field rule). */
  public boolean callerSeesDetails() {
    return caller.has(Role.RESPONDER) || caller.has(Role.SCHEDULER);
  }

  /**
   * The vendor details of each window, in order: null for windows not made from a notification, and
   * for every window when the caller may not see details.
   */
  public List<VendorMaintenanceView> ofWindows(List<UUID> windowIds) {
    if (windowIds.isEmpty() || !callerSeesDetails()) {
      return Collections.nCopies(windowIds.size(), null);
    }
    Map<UUID, VendorMaintenanceView> byWindow =
        views.byWindow(
            VendorMaintenance.list(
                "any_of(:ids, maintenanceId)", Parameters.with("ids", AnyOf.ids(windowIds))));
    List<VendorMaintenanceView> result = new ArrayList<>();
    windowIds.forEach(id -> result.add(byWindow.get(id)));
    return result;
  }

  /**
   * Vendor maintenance whose window is not cancelled and overlaps [from, to), by start. No caller
   * check: the weekly summary decides who sees these details (never its published report).
   */
  public List<Upcoming> overlapping(Instant from, Instant to) {
    List<Object[]> rows =
        em.createQuery(
                "select v, w from VendorMaintenance v, MaintenanceWindow w"
                    + " where w.id = v.maintenanceId and w.status <> :cancelled"
                    + " and w.plannedStart < :to and w.plannedEnd > :from"
                    + " order by w.plannedStart, w.id",
                Object[].class)
            .setParameter("cancelled", MaintenanceStatus.CANCELLED)
            .setParameter("to", to)
            .setParameter("from", from)
            .getResultList();
    Map<UUID, VendorMaintenanceView> vendor =
        views.byWindow(rows.stream().map(r -> (VendorMaintenance) r[0]).toList());
    return rows.stream()
        .map(
            r -> {
              MaintenanceWindow w = (MaintenanceWindow) r[1];
              return new Upcoming(
                  w.title, w.plannedStart, w.plannedEnd, w.status, vendor.get(w.id));
            })
        .toList();
  }
}
