package org.dutyboard.maintenance.vendor;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One maintenance as a provider announced it: one VEVENT of a BCOP maintenance notification,
 * checked. {@code status} is null when the event has none (then the window is SCHEDULED).
 */
record MaintenanceNotification(
    String provider,
    String account,
    String maintenanceId,
    String uid,
    int sequence,
    VendorMaintenanceStatus status,
    MaintenanceImpact impact,
    String summary,
    String organizer,
    Instant start,
    Instant end,
    List<CircuitImpact> circuits) {

  /** A service object (circuit) in the maintenance and its own impact. */
  record CircuitImpact(String circuitId, MaintenanceImpact impact) {}

  /** Provider names are domain names or trademarks: case does not make another provider. */
  String providerKey() {
    return provider.toLowerCase(Locale.ROOT);
  }
}
