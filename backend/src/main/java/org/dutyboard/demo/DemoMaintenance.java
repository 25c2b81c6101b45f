package org.dutyboard.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.maintenance.MaintenanceComponent;
import org.dutyboard.maintenance.MaintenanceStatus;
import org.dutyboard.maintenance.MaintenanceTransitions;
import org.dutyboard.maintenance.MaintenanceUpdateEntry;
import org.dutyboard.maintenance.MaintenanceWindow;

/**
 * Two maintenance windows shaped like the ops-maintenance calendar: a network vendor's circuit
 * maintenance in a few days, and a storage firmware upgrade last week that ran its course. Times
 * are relative to the load time, so the status page always shows one upcoming and one past.
 */
final class DemoMaintenance {
  private DemoMaintenance() {}

  static void load(Instant now, Map<String, UUID> components) {
    Instant soon = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(4)).plusSeconds(5 * 3600);
    window(
        now,
        "Network provider maintenance on the Cloud uplink",
        "Our network provider will work on one of the two uplinks of the cloud data centre."
            + " Cloud VPS and Toolforge may see brief packet loss while traffic moves to the other"
            + " uplink.",
        soon,
        soon.plus(Duration.ofHours(4)),
        MaintenanceStatus.SCHEDULED,
        "Northwind Fiber PWIC-2026-1187",
        "NWF/IRS/204417",
        "Vendor mail to ops-maintenance; emergency contact in the vendor ticket.",
        List.of(components.get("Cloud VPS"), components.get("Toolforge")));
    Instant lastWeek =
        now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(6)).plusSeconds(14 * 3600);
    window(
        now.minus(Duration.ofDays(10)),
        "Storage firmware upgrade",
        "We will upgrade the firmware of the storage arrays behind the wikis. Editing may be"
            + " slow for a few minutes while each array fails over.",
        lastWeek,
        lastWeek.plus(Duration.ofHours(2)),
        MaintenanceStatus.COMPLETED,
        "Array vendor case 88412",
        null,
        "Upgrade one array at a time; check replication lag before the next.",
        List.of(components.get("Wikis")));
  }

  private static void window(
      Instant createdAt,
      String title,
      String message,
      Instant start,
      Instant end,
      MaintenanceStatus status,
      String vendorReference,
      String circuitId,
      String internalNotes,
      List<UUID> componentIds) {
    MaintenanceWindow w = new MaintenanceWindow();
    w.id = UUID.randomUUID();
    w.title = title;
    w.message = message;
    w.status = status;
    w.plannedStart = start;
    w.plannedEnd = end;
    w.vendorReference = vendorReference;
    w.circuitId = circuitId;
    w.internalNotes = internalNotes;
    w.createdBy = "demo";
    w.createdAt = createdAt;
    w.updatedAt = status == MaintenanceStatus.COMPLETED ? end : createdAt;
    w.persist();
    for (UUID componentId : componentIds) {
      MaintenanceComponent link = new MaintenanceComponent();
      link.id = UUID.randomUUID();
      link.maintenanceId = w.id;
      link.componentId = componentId;
      link.persist();
    }
    if (status == MaintenanceStatus.COMPLETED) {
      update(w.id, MaintenanceStatus.IN_PROGRESS, MaintenanceTransitions.STARTED_MESSAGE, start);
      update(w.id, MaintenanceStatus.COMPLETED, MaintenanceTransitions.COMPLETED_MESSAGE, end);
    }
  }

  private static void update(UUID windowId, MaintenanceStatus status, String message, Instant at) {
    MaintenanceUpdateEntry u = new MaintenanceUpdateEntry();
    u.id = UUID.randomUUID();
    u.maintenanceId = windowId;
    u.status = status;
    u.message = message;
    u.author = MaintenanceTransitions.SYSTEM_AUTHOR;
    u.automatic = true;
    u.postedAt = at;
    u.persist();
  }
}
