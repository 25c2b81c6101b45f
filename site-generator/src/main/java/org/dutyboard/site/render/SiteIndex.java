package org.dutyboard.site.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dutyboard.site.model.ComponentStatus;
import org.dutyboard.site.model.OverallStatus;
import org.dutyboard.site.model.PublicComponent;
import org.dutyboard.site.model.PublicComponentGroup;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.PublicMaintenance;
import org.dutyboard.site.model.SiteConfig;
import org.dutyboard.site.model.StatusSnapshot;
import org.dutyboard.site.uptime.ComponentTimelines;
import org.dutyboard.site.uptime.ComponentUptime;
import org.dutyboard.site.uptime.UptimeCalculator;

/**
 * Facts every renderer needs, computed once per snapshot: display order, lookups, the banner, the
 * uptime bars and incidents per component. All orders are total (ties broken by id) so output is
 * deterministic.
 */
final class SiteIndex {

  /** A top-level entry of the page: a group with its components, or one ungrouped component. */
  record Entry(PublicComponentGroup group, List<PublicComponent> components) {}

  static final Comparator<PublicIncident> NEWEST_INCIDENT_FIRST =
      Comparator.comparing(PublicIncident::startedAt).thenComparing(PublicIncident::id).reversed();
  static final Comparator<PublicMaintenance> NEWEST_MAINTENANCE_FIRST =
      Comparator.comparing(PublicMaintenance::scheduledFor)
          .thenComparing(PublicMaintenance::id)
          .reversed();

  final StatusSnapshot snapshot;
  final SiteConfig config;
  final TimeFormat time;
  final List<Entry> entries;
  final Map<String, PublicComponent> components;
  final OverallStatus overall;
  final List<PublicIncident> incidents;
  final List<PublicMaintenance> maintenances;
  final Map<String, List<PublicIncident>> incidentsByComponent;
  final Map<String, ComponentUptime> uptime;
  final SiteAssets assets;

  SiteIndex(StatusSnapshot snapshot) {
    this.snapshot = snapshot;
    this.config = snapshot.config();
    this.time = new TimeFormat(config.timeZone());
    this.entries = entries(snapshot);
    this.components = new LinkedHashMap<>();
    entries.forEach(e -> e.components().forEach(c -> components.put(c.id(), c)));
    this.overall =
        OverallStatus.of(snapshot.components().stream().map(PublicComponent::status).toList());
    this.incidents = snapshot.incidents().stream().sorted(NEWEST_INCIDENT_FIRST).toList();
    this.maintenances = snapshot.maintenances().stream().sorted(NEWEST_MAINTENANCE_FIRST).toList();
    this.incidentsByComponent = new HashMap<>();
    for (PublicIncident incident : incidents) {
      incident
          .componentIds()
          .forEach(
              id -> incidentsByComponent.computeIfAbsent(id, k -> new ArrayList<>()).add(incident));
    }
    this.uptime = uptime(snapshot);
    this.assets = SiteAssets.of(config);
  }

  /** The latest change in the data; moves only when the data does (unlike generatedAt). */
  Instant lastChange() {
    return Stream.of(
            snapshot.components().stream().map(PublicComponent::updatedAt),
            snapshot.incidents().stream().map(PublicIncident::lastUpdatedAt),
            snapshot.maintenances().stream().map(PublicMaintenance::lastUpdatedAt))
        .flatMap(s -> s)
        .max(Comparator.naturalOrder())
        .orElse(snapshot.generatedAt());
  }

  List<PublicIncident> incidentsOf(String componentId) {
    return incidentsByComponent.getOrDefault(componentId, List.of());
  }

  /** A group has the worst status of its components. */
  static ComponentStatus statusOf(Entry entry) {
    return entry.components().stream()
        .map(PublicComponent::status)
        .reduce(ComponentStatus.OPERATIONAL, ComponentStatus::worst);
  }

  private static List<Entry> entries(StatusSnapshot snapshot) {
    Comparator<PublicComponent> componentOrder =
        Comparator.comparingInt(PublicComponent::displayOrder)
            .thenComparing(PublicComponent::name)
            .thenComparing(PublicComponent::id);
    List<Entry> entries = new ArrayList<>();
    for (PublicComponentGroup group : snapshot.groups()) {
      List<PublicComponent> members =
          snapshot.components().stream()
              .filter(c -> group.id().equals(c.groupId()))
              .sorted(componentOrder)
              .toList();
      entries.add(new Entry(group, members));
    }
    snapshot.components().stream()
        .filter(c -> c.groupId() == null)
        .forEach(c -> entries.add(new Entry(null, List.of(c))));
    entries.sort(
        Comparator.comparingInt(SiteIndex::order)
            .thenComparing(SiteIndex::name)
            .thenComparing(SiteIndex::id));
    return List.copyOf(entries);
  }

  private static int order(Entry e) {
    return e.group() != null ? e.group().displayOrder() : e.components().get(0).displayOrder();
  }

  private static String name(Entry e) {
    return e.group() != null ? e.group().name() : e.components().get(0).name();
  }

  private static String id(Entry e) {
    return e.group() != null ? e.group().id() : e.components().get(0).id();
  }

  private static Map<String, ComponentUptime> uptime(StatusSnapshot snapshot) {
    var timelines = ComponentTimelines.from(snapshot.incidents(), snapshot.generatedAt());
    var calculator =
        new UptimeCalculator(snapshot.config().timeZone(), snapshot.config().uptimeDays());
    Map<String, ComponentUptime> result = new HashMap<>();
    for (PublicComponent c : snapshot.components()) {
      result.put(
          c.id(),
          calculator.compute(
              c.id(),
              c.createdAt(),
              timelines.getOrDefault(c.id(), List.of()),
              snapshot.generatedAt()));
    }
    return result;
  }
}
