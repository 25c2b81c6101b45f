package org.dutyboard.publish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dutyboard.component.Component;
import org.dutyboard.site.model.ComponentStatus;
import org.dutyboard.site.model.PublicComponent;
import org.dutyboard.site.model.PublicComponentGroup;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.StatusSnapshot;

/**
 * Reads what the public may see into a {@link StatusSnapshot}, in nine queries whatever the amount
 * of data: components, the public side of incidents ({@link PublicIncidentReader}, four) and of
 * maintenance ({@link PublicMaintenanceReader}, three), the last public status changes (one, plus
 * one write when a status changed). Nothing else is read: no internal title, summary, timeline,
 * people, PRIVATE incident or private maintenance field.
 *
 * <p>A component's status is the worst, over the open public incidents, of the status the latest
 * update of each incident naming the component states; OPERATIONAL otherwise. An IN_PROGRESS or
 * VERIFYING maintenance makes it UNDER_MAINTENANCE unless that is better; a manual override in
 * force replaces all of this (docs/status-site.md#rules). A component's {@code updatedAt} is its
 * last status change ({@link ComponentStatusChanges}) or a later edit.
 */
@ApplicationScoped
public class StatusSnapshotAssembler {
  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject PublicIncidentReader incidentReader;
  @Inject PublicMaintenanceReader maintenanceReader;
  @Inject StatusSiteSettings settings;
  @Inject ComponentStatusChanges statusChanges;

  /** The public snapshot as of now. */
  @Transactional(TxType.SUPPORTS)
  public StatusSnapshot assemble() {
    Instant now = clock.instant();
    List<Component> components =
        em.createQuery("select c from Component c", Component.class).getResultList();
    Set<UUID> componentIds = components.stream().map(c -> c.id).collect(Collectors.toSet());
    List<PublicIncident> incidents = incidentReader.read(componentIds);
    PublicMaintenanceReader.Result maintenance = maintenanceReader.read(componentIds);
    Map<String, ComponentStatus> current = statuses(incidents, maintenance, components, now);
    Map<String, Instant> changedAt =
        statusChanges.record(components, current, incidents, maintenance.maintenances(), now);
    Catalogue catalogue = catalogue(components, current, changedAt);
    return new StatusSnapshot(
        now,
        settings.sourceVersion(catalogue.components(), incidents, maintenance.maintenances()),
        settings.siteConfig(),
        catalogue.groups(),
        catalogue.components(),
        incidents,
        maintenance.maintenances());
  }

  /** Component statuses from incidents, active maintenance and manual overrides in force. */
  private static Map<String, ComponentStatus> statuses(
      List<PublicIncident> incidents,
      PublicMaintenanceReader.Result maintenance,
      List<Component> components,
      Instant now) {
    Map<String, ComponentStatus> overrides = new HashMap<>();
    components.forEach(
        c ->
            c.overrideAt(now)
                .ifPresent(s -> overrides.put(c.id.toString(), PublicIncidentReader.map(s))));
    return ComponentStatusRule.effective(
        ComponentStatusRule.current(incidents), maintenance.underMaintenance(), overrides);
  }

  private record Catalogue(List<PublicComponentGroup> groups, List<PublicComponent> components) {}

  /**
   * Ungrouped components first (by display order, name), then one group per group name in
   * alphabetical order; inside a group by display order and name, as the GraphQL catalogue.
   */
  private static Catalogue catalogue(
      List<Component> components,
      Map<String, ComponentStatus> current,
      Map<String, Instant> statusChangedAt) {
    List<Component> ordered =
        components.stream()
            .sorted(
                Comparator.comparing(
                        (Component c) -> c.groupName,
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparingInt(c -> c.displayOrder)
                    .thenComparing(c -> c.name)
                    .thenComparing(c -> c.id))
            .toList();
    List<PublicComponentGroup> groups = new ArrayList<>();
    Map<String, String> groupIds = new LinkedHashMap<>();
    List<PublicComponent> result = new ArrayList<>();
    int topLevel = 0;
    Map<String, Integer> positionInGroup = new LinkedHashMap<>();
    for (Component c : ordered) {
      String groupId = null;
      int order;
      if (c.groupName == null) {
        order = topLevel++;
      } else {
        groupId = groupIds.get(c.groupName);
        if (groupId == null) {
          groupId = groupId(c.groupName);
          groupIds.put(c.groupName, groupId);
          groups.add(new PublicComponentGroup(groupId, c.groupName, null, topLevel++));
        }
        order = positionInGroup.merge(groupId, 1, Integer::sum) - 1;
      }
      String id = c.id.toString();
      // Statuspage's updated_at: the last status change, or a later edit of the component.
      Instant updated = latest(c.createdAt, c.updatedAt, statusChangedAt.get(id));
      result.add(
          new PublicComponent(
              id,
              c.name,
              c.description,
              groupId,
              order,
              c.showOnlyWhenDegraded,
              current.getOrDefault(id, ComponentStatus.OPERATIONAL),
              c.createdAt,
              updated));
    }
    return new Catalogue(groups, result);
  }

  private static Instant latest(Instant... times) {
    Instant result = null;
    for (Instant t : times) {
      if (t != null && (result == null || t.isAfter(result))) {
        result = t;
      }
    }
    return result;
  }

  /** A stable, URL-safe id for a group name: a readable slug plus a short hash of the name. */
  static String groupId(String name) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    slug = slug.replaceAll("^-+|-+$", "");
    if (slug.length() > 40) {
      slug = slug.substring(0, 40);
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      String hash = HexFormat.of().formatHex(digest, 0, 4);
      return "group-" + (slug.isEmpty() ? "" : slug + "-") + hash;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
