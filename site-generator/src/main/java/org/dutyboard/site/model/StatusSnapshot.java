package org.dutyboard.site.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything the public status site is rendered from, and nothing else: by their types these
 * records can only hold public data (no people, tokens, private incidents or internal notes).
 *
 * <p>The constructor checks that ids are unique and that every reference points into the snapshot,
 * so renderers never meet a dangling id. Lists are kept sorted by id.
 *
 * @param generatedAt the "now" of this rendering: uptime windows end here, feeds and heartbeat
 *     carry it; passed in so rendering is deterministic
 * @param sourceVersion version of the data source (e.g. backend build or change sequence)
 * @param config site configuration
 * @param groups component groups
 * @param components components
 * @param incidents public incidents
 * @param maintenances scheduled maintenances
 */
public record StatusSnapshot(
    Instant generatedAt,
    String sourceVersion,
    SiteConfig config,
    List<PublicComponentGroup> groups,
    List<PublicComponent> components,
    List<PublicIncident> incidents,
    List<PublicMaintenance> maintenances) {

  public StatusSnapshot {
    Checks.required(generatedAt, "generatedAt");
    sourceVersion = Checks.text(sourceVersion, "sourceVersion", 200);
    Checks.required(config, "config");
    // Kept sorted by id: a canonical form, so equality and the content hash ignore input order.
    groups = sorted(Checks.list(groups, "groups"), PublicComponentGroup::id);
    components = sorted(Checks.list(components, "components"), PublicComponent::id);
    incidents = sorted(Checks.list(incidents, "incidents"), PublicIncident::id);
    maintenances = sorted(Checks.list(maintenances, "maintenances"), PublicMaintenance::id);
    checkReferences(groups, components, incidents, maintenances);
  }

  /** The same snapshot rendered at another instant. */
  public StatusSnapshot withGeneratedAt(Instant instant) {
    return new StatusSnapshot(
        instant, sourceVersion, config, groups, components, incidents, maintenances);
  }

  private static <T> List<T> sorted(List<T> list, Function<T, String> id) {
    return list.stream().sorted(Comparator.comparing(id)).toList();
  }

  private static void checkReferences(
      List<PublicComponentGroup> groups,
      List<PublicComponent> components,
      List<PublicIncident> incidents,
      List<PublicMaintenance> maintenances) {
    // Statuspage lists groups as components, so both share one id space.
    List<String> entryIds = new ArrayList<>();
    groups.forEach(g -> entryIds.add(g.id()));
    components.forEach(c -> entryIds.add(c.id()));
    Checks.unique(entryIds, "group and component ids");
    Set<String> groupIds = new HashSet<>(groups.stream().map(PublicComponentGroup::id).toList());
    Set<String> componentIds = new HashSet<>(components.stream().map(PublicComponent::id).toList());
    for (PublicComponent c : components) {
      if (c.groupId() != null && !groupIds.contains(c.groupId())) {
        throw new IllegalArgumentException(
            "component " + c.id() + " names the unknown group " + c.groupId());
      }
    }
    Checks.unique(incidents.stream().map(PublicIncident::id).toList(), "incident ids");
    Checks.unique(incidents.stream().map(PublicIncident::shortId).toList(), "incident short ids");
    for (PublicIncident incident : incidents) {
      for (String id : incident.componentIds()) {
        if (!componentIds.contains(id)) {
          throw new IllegalArgumentException(
              "incident " + incident.id() + " names the unknown component " + id);
        }
      }
    }
    Checks.unique(maintenances.stream().map(PublicMaintenance::id).toList(), "maintenance ids");
    for (PublicMaintenance maintenance : maintenances) {
      for (String id : maintenance.affectedComponentIds()) {
        if (!componentIds.contains(id)) {
          throw new IllegalArgumentException(
              "maintenance " + maintenance.id() + " names the unknown component " + id);
        }
      }
    }
  }
}
