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
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dutyboard.component.Component;
import org.dutyboard.incident.Incident;
import org.dutyboard.incident.IncidentComponent;
import org.dutyboard.incident.IncidentConfig;
import org.dutyboard.incident.PublicHeadline;
import org.dutyboard.incident.PublicStatus;
import org.dutyboard.incident.StatusUpdate;
import org.dutyboard.incident.StatusUpdateComponent;
import org.dutyboard.incident.Visibility;
import org.dutyboard.site.model.AffectedComponent;
import org.dutyboard.site.model.ComponentStatus;
import org.dutyboard.site.model.IncidentImpact;
import org.dutyboard.site.model.IncidentStatus;
import org.dutyboard.site.model.PublicComponent;
import org.dutyboard.site.model.PublicComponentGroup;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.PublicUpdate;
import org.dutyboard.site.model.StatusSnapshot;

/**
 * Reads what the public may see into a {@link StatusSnapshot}, in eight queries whatever the amount
 * of data: components, PUBLIC incidents that have at least one status update, their status updates,
 * the component statuses those updates state, the incidents' affected components, and the public
 * side of maintenance ({@link PublicMaintenanceReader}, three). Nothing else is read: no internal
 * title, summary, timeline, people, PRIVATE incident or private maintenance field.
 *
 * <p>Rules (README, "Public status site"):
 *
 * <ul>
 *   <li>An incident reaches the site with its first public status update; its name is the public
 *       headline ({@code publicTitle}, else "Service disruption (INC-42)").
 *   <li>Its public status is that of its latest update. It is closed when that update is RESOLVED
 *       (resolved at that update's time), or when the incident itself is no longer active (resolved
 *       at its {@code resolvedAt}, else {@code closedAt}, else its latest update).
 *   <li>A component's status is the worst, over the open public incidents, of the status the latest
 *       update of each incident naming the component states; OPERATIONAL otherwise. An IN_PROGRESS
 *       or VERIFYING maintenance makes it UNDER_MAINTENANCE unless that is better; a manual
 *       override in force replaces all of this.
 *   <li>Impact from severity: SEV1 critical, SEV2 major, SEV3 minor, SEV4 none.
 * </ul>
 */
@ApplicationScoped
public class StatusSnapshotAssembler {
  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject IncidentConfig incidentConfig;
  @Inject PublicMaintenanceReader maintenanceReader;
  @Inject StatusSiteSettings settings;

  /** The public snapshot as of now. */
  @Transactional(TxType.SUPPORTS)
  public StatusSnapshot assemble() {
    Instant now = clock.instant();
    List<Component> components =
        em.createQuery("select c from Component c", Component.class).getResultList();
    List<Incident> incidents =
        em.createQuery(
                "select i from Incident i where i.visibility = :public"
                    + " and exists (select u.id from StatusUpdate u where u.incidentId = i.id)",
                Incident.class)
            .setParameter("public", Visibility.PUBLIC)
            .getResultList();
    List<StatusUpdate> updates =
        em.createQuery(
                "select u from StatusUpdate u, Incident i where i.id = u.incidentId"
                    + " and i.visibility = :public",
                StatusUpdate.class)
            .setParameter("public", Visibility.PUBLIC)
            .getResultList();
    List<StatusUpdateComponent> stated =
        em.createQuery(
                "select s from StatusUpdateComponent s, StatusUpdate u, Incident i"
                    + " where u.id = s.statusUpdateId and i.id = u.incidentId"
                    + " and i.visibility = :public",
                StatusUpdateComponent.class)
            .setParameter("public", Visibility.PUBLIC)
            .getResultList();
    List<IncidentComponent> affected =
        em.createQuery(
                "select ic from IncidentComponent ic, Incident i where i.id = ic.incidentId"
                    + " and i.visibility = :public",
                IncidentComponent.class)
            .setParameter("public", Visibility.PUBLIC)
            .getResultList();
    Set<UUID> componentIds = components.stream().map(c -> c.id).collect(Collectors.toSet());
    PublicMaintenanceReader.Result maintenance = maintenanceReader.read(componentIds);
    return build(now, components, incidents, updates, stated, affected, maintenance);
  }

  private StatusSnapshot build(
      Instant now,
      List<Component> components,
      List<Incident> incidents,
      List<StatusUpdate> updates,
      List<StatusUpdateComponent> stated,
      List<IncidentComponent> affected,
      PublicMaintenanceReader.Result maintenance) {
    Set<UUID> componentIds = components.stream().map(c -> c.id).collect(Collectors.toSet());
    Map<UUID, List<AffectedComponent>> statedByUpdate = new LinkedHashMap<>();
    for (StatusUpdateComponent s : stated) {
      if (componentIds.contains(s.componentId)) {
        statedByUpdate
            .computeIfAbsent(s.statusUpdateId, k -> new ArrayList<>())
            .add(new AffectedComponent(s.componentId.toString(), map(s.componentStatus)));
      }
    }
    Map<UUID, List<StatusUpdate>> updatesByIncident = new LinkedHashMap<>();
    updates.stream()
        .sorted(Comparator.comparing((StatusUpdate u) -> u.postedAt).thenComparing(u -> u.id))
        .forEach(
            u -> updatesByIncident.computeIfAbsent(u.incidentId, k -> new ArrayList<>()).add(u));
    Map<UUID, Set<String>> affectedByIncident = new LinkedHashMap<>();
    for (IncidentComponent ic : affected) {
      if (componentIds.contains(ic.componentId)) {
        affectedByIncident
            .computeIfAbsent(ic.incidentId, k -> new TreeSet<>())
            .add(ic.componentId.toString());
      }
    }

    List<PublicIncident> publicIncidents = new ArrayList<>();
    for (Incident incident : incidents) {
      List<StatusUpdate> own = updatesByIncident.get(incident.id);
      if (own == null || own.isEmpty()) {
        continue; // made PRIVATE or lost its updates between the queries
      }
      publicIncidents.add(
          incident(
              incident,
              own,
              statedByUpdate,
              List.copyOf(affectedByIncident.getOrDefault(incident.id, Set.of()))));
    }

    Map<String, ComponentStatus> current = statuses(publicIncidents, maintenance, components, now);
    Catalogue catalogue = catalogue(components, current);
    return new StatusSnapshot(
        now,
        settings.sourceVersion(catalogue.components(), publicIncidents, maintenance.maintenances()),
        settings.siteConfig(),
        catalogue.groups(),
        catalogue.components(),
        publicIncidents,
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
        c -> c.overrideAt(now).ifPresent(s -> overrides.put(c.id.toString(), map(s))));
    return ComponentStatusRule.effective(
        ComponentStatusRule.current(incidents), maintenance.underMaintenance(), overrides);
  }

  private PublicIncident incident(
      Incident incident,
      List<StatusUpdate> updates,
      Map<UUID, List<AffectedComponent>> statedByUpdate,
      List<String> affectedComponentIds) {
    String reference = incidentConfig.referencePrefix() + "-" + incident.number;
    StatusUpdate first = updates.get(0);
    StatusUpdate latest = updates.get(updates.size() - 1);
    Instant createdAt = first.postedAt;
    Instant startedAt =
        earliest(incident.startedAt != null ? incident.startedAt : incident.declaredAt, createdAt);
    IncidentStatus status = map(latest.status);
    Instant resolvedAt = null;
    if (status == IncidentStatus.RESOLVED) {
      resolvedAt = latest.postedAt;
    } else if (!incident.status.isActive()) {
      status = IncidentStatus.RESOLVED;
      resolvedAt =
          incident.resolvedAt != null
              ? incident.resolvedAt
              : incident.closedAt != null ? incident.closedAt : latest.postedAt;
    }
    if (resolvedAt != null && resolvedAt.isBefore(startedAt)) {
      resolvedAt = startedAt;
    }
    List<PublicUpdate> publicUpdates =
        updates.stream()
            .map(
                u ->
                    new PublicUpdate(
                        u.id.toString(),
                        map(u.status),
                        u.message,
                        u.postedAt,
                        statedByUpdate.getOrDefault(u.id, List.of())))
            .toList();
    return new PublicIncident(
        incident.id.toString(),
        reference,
        PublicHeadline.of(incident, reference),
        impact(incident),
        status,
        createdAt,
        startedAt,
        resolvedAt,
        affectedComponentIds,
        publicUpdates);
  }

  private record Catalogue(List<PublicComponentGroup> groups, List<PublicComponent> components) {}

  /**
   * Ungrouped components first (by display order, name), then one group per group name in
   * alphabetical order; inside a group by display order and name, as the GraphQL catalogue.
   */
  private static Catalogue catalogue(
      List<Component> components, Map<String, ComponentStatus> current) {
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
              c.updatedAt.isBefore(c.createdAt) ? c.createdAt : c.updatedAt));
    }
    return new Catalogue(groups, result);
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

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static IncidentImpact impact(Incident incident) {
    return switch (incident.severity) {
      case SEV1 -> IncidentImpact.CRITICAL;
      case SEV2 -> IncidentImpact.MAJOR;
      case SEV3 -> IncidentImpact.MINOR;
      case SEV4 -> IncidentImpact.NONE;
    };
  }

  private static IncidentStatus map(PublicStatus status) {
    return switch (status) {
      case INVESTIGATING -> IncidentStatus.INVESTIGATING;
      case IDENTIFIED -> IncidentStatus.IDENTIFIED;
      case MONITORING -> IncidentStatus.MONITORING;
      case RESOLVED -> IncidentStatus.RESOLVED;
    };
  }

  private static ComponentStatus map(org.dutyboard.component.ComponentStatus status) {
    return ComponentStatus.valueOf(status.name());
  }
}
