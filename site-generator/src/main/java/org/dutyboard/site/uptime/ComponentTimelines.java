package org.dutyboard.site.uptime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dutyboard.site.model.AffectedComponent;
import org.dutyboard.site.model.ComponentStatus;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.PublicUpdate;

/**
 * Turns incidents' public updates into per-component status intervals.
 *
 * <p>Within one incident, an update's affected component status holds from the update's time until
 * the next update of the same incident that names the component, or until the incident is resolved
 * (or {@code now} while it is active). The first update's statuses are backdated to the incident's
 * start: incidents are usually declared a little after the disruption began. Operational ends an
 * interval. Intervals of different incidents may overlap; {@link UptimeCalculator} takes the worst.
 */
public final class ComponentTimelines {

  private ComponentTimelines() {}

  /** Intervals per component id, each list sorted by start. Nothing after {@code now} counts. */
  public static Map<String, List<StatusInterval>> from(
      List<PublicIncident> incidents, Instant now) {
    Map<String, List<StatusInterval>> byComponent = new HashMap<>();
    for (PublicIncident incident : incidents) {
      collect(incident, now, byComponent);
    }
    byComponent.values().forEach(list -> list.sort(Comparator.comparing(StatusInterval::start)));
    return byComponent;
  }

  private static void collect(
      PublicIncident incident, Instant now, Map<String, List<StatusInterval>> out) {
    Instant end = incident.resolvedAt() == null ? now : min(incident.resolvedAt(), now);
    Map<String, Open> open = new LinkedHashMap<>();
    boolean first = true;
    for (PublicUpdate update : incident.updates()) {
      Instant at = first ? min(incident.startedAt(), update.createdAt()) : update.createdAt();
      first = false;
      if (!at.isBefore(end)) {
        break;
      }
      for (AffectedComponent affected : update.affectedComponents()) {
        Open previous = open.remove(affected.componentId());
        if (previous != null) {
          add(out, affected.componentId(), previous.since, at, previous.status);
        }
        if (affected.status() != ComponentStatus.OPERATIONAL) {
          open.put(affected.componentId(), new Open(at, affected.status()));
        }
      }
    }
    open.forEach((componentId, o) -> add(out, componentId, o.since, end, o.status));
  }

  private static void add(
      Map<String, List<StatusInterval>> out,
      String componentId,
      Instant start,
      Instant end,
      ComponentStatus status) {
    if (end.isAfter(start)) {
      out.computeIfAbsent(componentId, id -> new ArrayList<>())
          .add(new StatusInterval(start, end, status));
    }
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private record Open(Instant since, ComponentStatus status) {}
}
