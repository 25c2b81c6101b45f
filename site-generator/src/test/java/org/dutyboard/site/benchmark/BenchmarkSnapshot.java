package org.dutyboard.site.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dutyboard.site.fixtures.SampleSnapshot;
import org.dutyboard.site.model.AffectedComponent;
import org.dutyboard.site.model.ComponentStatus;
import org.dutyboard.site.model.IncidentImpact;
import org.dutyboard.site.model.IncidentStatus;
import org.dutyboard.site.model.MaintenanceStatus;
import org.dutyboard.site.model.PublicComponent;
import org.dutyboard.site.model.PublicComponentGroup;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.PublicMaintenance;
import org.dutyboard.site.model.PublicUpdate;
import org.dutyboard.site.model.StatusSnapshot;

/** A large, seeded (so repeatable) snapshot: components, incidents with updates, maintenance. */
public final class BenchmarkSnapshot {

  private static final IncidentStatus[] PROGRESS = {
    IncidentStatus.INVESTIGATING, IncidentStatus.IDENTIFIED, IncidentStatus.MONITORING
  };
  private static final ComponentStatus[] BAD = {
    ComponentStatus.DEGRADED_PERFORMANCE,
    ComponentStatus.PARTIAL_OUTAGE,
    ComponentStatus.MAJOR_OUTAGE
  };

  private BenchmarkSnapshot() {}

  public static StatusSnapshot create(int components, int incidents, int updatesPerIncident) {
    Random random = new Random(42);
    Instant now = SampleSnapshot.GENERATED_AT;
    Instant created = now.minus(Duration.ofDays(4 * 365));
    List<PublicComponentGroup> groups = new ArrayList<>();
    for (int g = 0; g < 5; g++) {
      groups.add(new PublicComponentGroup("g" + g, "Group " + g, "Services of group " + g, g));
    }
    List<PublicComponent> componentList = new ArrayList<>();
    for (int c = 0; c < components; c++) {
      componentList.add(
          new PublicComponent(
              "c" + c,
              "Component " + c,
              "Public description of component " + c,
              c % 3 == 0 ? null : "g" + (c % 5),
              c,
              false,
              ComponentStatus.OPERATIONAL,
              created,
              created));
    }
    List<PublicIncident> incidentList = new ArrayList<>();
    long span = Duration.between(created, now).getSeconds();
    for (int i = 0; i < incidents; i++) {
      Instant start = created.plusSeconds((long) i * span / incidents);
      String component = "c" + random.nextInt(components);
      List<PublicUpdate> updates = new ArrayList<>();
      Instant at = start;
      for (int u = 0; u < updatesPerIncident; u++) {
        boolean last = u == updatesPerIncident - 1;
        at = at.plus(Duration.ofMinutes(5 + random.nextInt(20)));
        ComponentStatus status =
            last ? ComponentStatus.OPERATIONAL : BAD[random.nextInt(BAD.length)];
        updates.add(
            new PublicUpdate(
                "u" + u,
                last ? IncidentStatus.RESOLVED : PROGRESS[Math.min(u, PROGRESS.length - 1)],
                "Update " + u + " of incident " + i + ": we are working on it.\nMore soon.",
                at,
                List.of(new AffectedComponent(component, status))));
      }
      incidentList.add(
          new PublicIncident(
              "i" + i,
              "INC-" + i,
              "Incident " + i + " on " + component,
              IncidentImpact.values()[random.nextInt(4)],
              IncidentStatus.RESOLVED,
              start,
              start,
              at,
              List.of(component),
              updates));
    }
    List<PublicMaintenance> maintenances = new ArrayList<>();
    for (int m = 0; m < 100; m++) {
      Instant from = created.plus(Duration.ofDays(15L * m));
      maintenances.add(
          new PublicMaintenance(
              "m" + m,
              "Maintenance " + m,
              from.isAfter(now) ? MaintenanceStatus.SCHEDULED : MaintenanceStatus.COMPLETED,
              from.minus(Duration.ofDays(7)),
              from,
              from.plus(Duration.ofHours(2)),
              List.of("c" + (m % components)),
              "Planned work " + m,
              List.of()));
    }
    return new StatusSnapshot(
        now,
        "benchmark",
        SampleSnapshot.config(),
        groups,
        componentList,
        incidentList,
        maintenances);
  }
}
