package org.dutyboard.maintenance.vendor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.Grouping;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.component.Component;
import org.dutyboard.component.ComponentViews;

/** Views of vendor maintenances with one more query (circuits and components), not N. */
@ApplicationScoped
class VendorMaintenanceViews {
  @Inject EntityManager em;

  /** Views by window id, in the order given. */
  Map<UUID, VendorMaintenanceView> byWindow(List<VendorMaintenance> records) {
    Map<UUID, VendorMaintenanceView> result = new LinkedHashMap<>();
    if (records.isEmpty()) {
      return result;
    }
    List<Object[]> rows =
        em.createQuery(
                "select c, k from VendorCircuit c left join Component k on k.id = c.componentId"
                    + " where any_of(:ids, c.vendorMaintenanceId) order by c.position",
                Object[].class)
            .setParameter("ids", AnyOf.ids(records.stream().map(r -> r.id).toList()))
            .getResultList();
    Map<UUID, List<VendorCircuitView>> circuits =
        Grouping.byKey(
            rows,
            row -> ((VendorCircuit) row[0]).vendorMaintenanceId,
            row -> {
              VendorCircuit c = (VendorCircuit) row[0];
              Component k = (Component) row[1];
              return new VendorCircuitView(
                  c.circuitId, c.impact, k == null ? null : ComponentViews.of(k));
            });
    for (VendorMaintenance r : records) {
      result.put(
          r.maintenanceId,
          new VendorMaintenanceView(
              r.maintenanceId,
              r.provider,
              r.account,
              r.providerMaintenanceId,
              r.sequence,
              r.vendorStatus,
              r.impact,
              r.summary,
              circuits.getOrDefault(r.id, List.of()),
              r.receivedAt,
              r.updatedAt));
    }
    return result;
  }
}
