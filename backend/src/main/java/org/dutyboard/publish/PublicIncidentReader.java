package org.dutyboard.publish;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.dutyboard.common.Grouping;
import org.dutyboard.incident.IncidentConfig;
import org.dutyboard.incident.IncidentStatus;
import org.dutyboard.incident.Severity;
import org.dutyboard.incident.Visibility;
import org.dutyboard.incident.statusupdate.PublicHeadline;
import org.dutyboard.incident.statusupdate.PublicStatus;
import org.dutyboard.site.model.AffectedComponent;
import org.dutyboard.site.model.ComponentStatus;
import org.dutyboard.site.model.IncidentImpact;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.PublicUpdate;

/**
 * The public side of incidents, in four queries whatever the data: PUBLIC incidents that have at
 * least one status update, their status updates, the component statuses those updates state, and
 * the incidents' affected components. Each query selects only the columns the site shows or its
 * rules need (projections, not entities): internal titles, summaries, authors and the like are
 * never read, and a site of 100,000 updates does not hydrate 100,000 entities.
 *
 * <p>Rules (docs/status-site.md#rules): an incident reaches the site with its first public status
 * update; its name is the public headline. Its public status is that of its latest update. It is
 * closed when that update is RESOLVED (resolved at that update's time), or when the incident itself
 * is no longer active (resolved at its {@code resolvedAt}, else {@code closedAt}, else its latest
 * update). Impact from severity: SEV1 critical, SEV2 major, SEV3 minor, SEV4 none.
 */
@ApplicationScoped
class PublicIncidentReader {
  @Inject EntityManager em;
  @Inject IncidentConfig incidentConfig;

  @RegisterForReflection // built by Hibernate from "select new" (native image)
  record IncidentRow(
      UUID id,
      long number,
      String publicTitle,
      Severity severity,
      IncidentStatus status,
      Instant declaredAt,
      Instant startedAt,
      Instant resolvedAt,
      Instant closedAt) {}

  @RegisterForReflection // built by Hibernate from "select new" (native image)
  record UpdateRow(
      UUID id, UUID incidentId, PublicStatus status, String message, Instant postedAt) {}

  @RegisterForReflection // built by Hibernate from "select new" (native image)
  record StatedRow(
      UUID statusUpdateId, UUID componentId, org.dutyboard.component.ComponentStatus status) {}

  @RegisterForReflection // built by Hibernate from "select new" (native image)
  record AffectedRow(UUID incidentId, UUID componentId) {}

  /** The public incidents; components outside {@code componentIds} are left out of them. */
  List<PublicIncident> read(Set<UUID> componentIds) {
    List<IncidentRow> incidents =
        publicRows(
            IncidentRow.class,
            "i.id, i.number, i.publicTitle, i.severity, i.status, i.declaredAt, i.startedAt,"
                + " i.resolvedAt, i.closedAt",
            "Incident i where i.visibility = :public"
                + " and exists (select u.id from StatusUpdate u where u.incidentId = i.id)");
    List<UpdateRow> updates =
        publicRows(
            UpdateRow.class,
            "u.id, u.incidentId, u.status, u.message, u.postedAt",
            "StatusUpdate u, Incident i where i.id = u.incidentId and i.visibility = :public");
    List<StatedRow> stated =
        publicRows(
            StatedRow.class,
            "s.statusUpdateId, s.componentId, s.componentStatus",
            "StatusUpdateComponent s, StatusUpdate u, Incident i where u.id = s.statusUpdateId"
                + " and i.id = u.incidentId and i.visibility = :public");
    List<AffectedRow> affected =
        publicRows(
            AffectedRow.class,
            "ic.incidentId, ic.componentId",
            "IncidentComponent ic, Incident i where i.id = ic.incidentId"
                + " and i.visibility = :public");
    return build(componentIds, incidents, updates, stated, affected);
  }

  /** {@code select new <row>(<columns>) from <from>}, with {@code :public} bound. */
  private <T> List<T> publicRows(Class<T> row, String columns, String from) {
    return em.createQuery("select new " + row.getName() + "(" + columns + ") from " + from, row)
        .setParameter("public", Visibility.PUBLIC)
        .getResultList();
  }

  private List<PublicIncident> build(
      Set<UUID> componentIds,
      List<IncidentRow> incidents,
      List<UpdateRow> updates,
      List<StatedRow> stated,
      List<AffectedRow> affected) {
    Map<UUID, List<AffectedComponent>> statedByUpdate =
        Grouping.byKey(
            stated.stream().filter(s -> componentIds.contains(s.componentId())).toList(),
            StatedRow::statusUpdateId,
            s -> new AffectedComponent(s.componentId().toString(), map(s.status())));
    Map<UUID, List<UpdateRow>> updatesByIncident =
        Grouping.byKey(
            updates.stream()
                .sorted(Comparator.comparing(UpdateRow::postedAt).thenComparing(UpdateRow::id))
                .toList(),
            UpdateRow::incidentId);
    Map<UUID, Set<String>> affectedByIncident = new HashMap<>();
    for (AffectedRow ic : affected) {
      if (componentIds.contains(ic.componentId())) {
        affectedByIncident
            .computeIfAbsent(ic.incidentId(), k -> new TreeSet<>())
            .add(ic.componentId().toString());
      }
    }
    List<PublicIncident> result = new ArrayList<>();
    for (IncidentRow incident : incidents) {
      List<UpdateRow> own = updatesByIncident.get(incident.id());
      if (own == null || own.isEmpty()) {
        continue; // made PRIVATE or lost its updates between the queries
      }
      result.add(
          incident(
              incident,
              own,
              statedByUpdate,
              List.copyOf(affectedByIncident.getOrDefault(incident.id(), Set.of()))));
    }
    return result;
  }

  private PublicIncident incident(
      IncidentRow incident,
      List<UpdateRow> updates,
      Map<UUID, List<AffectedComponent>> statedByUpdate,
      List<String> affectedComponentIds) {
    String reference = incidentConfig.referencePrefix() + "-" + incident.number();
    UpdateRow first = updates.get(0);
    UpdateRow latest = updates.get(updates.size() - 1);
    Instant createdAt = first.postedAt();
    Instant began = incident.startedAt() != null ? incident.startedAt() : incident.declaredAt();
    Instant startedAt = began.isBefore(createdAt) ? began : createdAt;
    org.dutyboard.site.model.IncidentStatus status = map(latest.status());
    Instant resolvedAt = null;
    if (status == org.dutyboard.site.model.IncidentStatus.RESOLVED) {
      resolvedAt = latest.postedAt();
    } else if (!incident.status().isActive()) {
      status = org.dutyboard.site.model.IncidentStatus.RESOLVED;
      resolvedAt =
          incident.resolvedAt() != null
              ? incident.resolvedAt()
              : incident.closedAt() != null ? incident.closedAt() : latest.postedAt();
    }
    if (resolvedAt != null && resolvedAt.isBefore(startedAt)) {
      resolvedAt = startedAt;
    }
    List<PublicUpdate> publicUpdates =
        updates.stream()
            .map(
                u ->
                    new PublicUpdate(
                        u.id().toString(),
                        map(u.status()),
                        u.message(),
                        u.postedAt(),
                        statedByUpdate.getOrDefault(u.id(), List.of())))
            .toList();
    return new PublicIncident(
        incident.id().toString(),
        reference,
        PublicHeadline.of(incident.publicTitle(), reference),
        impact(incident.severity()),
        status,
        createdAt,
        startedAt,
        resolvedAt,
        affectedComponentIds,
        publicUpdates);
  }

  private static IncidentImpact impact(Severity severity) {
    return switch (severity) {
      case SEV1 -> IncidentImpact.CRITICAL;
      case SEV2 -> IncidentImpact.MAJOR;
      case SEV3 -> IncidentImpact.MINOR;
      case SEV4 -> IncidentImpact.NONE;
    };
  }

  private static org.dutyboard.site.model.IncidentStatus map(PublicStatus status) {
    return switch (status) {
      case INVESTIGATING -> org.dutyboard.site.model.IncidentStatus.INVESTIGATING;
      case IDENTIFIED -> org.dutyboard.site.model.IncidentStatus.IDENTIFIED;
      case MONITORING -> org.dutyboard.site.model.IncidentStatus.MONITORING;
      case RESOLVED -> org.dutyboard.site.model.IncidentStatus.RESOLVED;
    };
  }

  static ComponentStatus map(org.dutyboard.component.ComponentStatus status) {
    return ComponentStatus.valueOf(status.name());
  }
}
