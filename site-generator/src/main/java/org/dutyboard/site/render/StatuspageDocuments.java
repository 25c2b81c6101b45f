package org.dutyboard.site.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The documents of Statuspage's public v2 API. Record components are written in snake_case, in
 * declaration order, which follows Statuspage's own field order.
 */
final class StatuspageDocuments {

  private StatuspageDocuments() {}

  record Page(String id, String name, String url, String timeZone, String updatedAt) {}

  record Status(String indicator, String description) {}

  record Component(
      String id,
      String name,
      String status,
      String createdAt,
      String updatedAt,
      int position,
      String description,
      boolean showcase,
      String startDate,
      String groupId,
      String pageId,
      boolean group,
      boolean onlyShowIfDegraded,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<String> components) {}

  record AffectedComponent(String code, String name, String oldStatus, String newStatus) {}

  record IncidentUpdate(
      String id,
      String status,
      String body,
      String incidentId,
      String createdAt,
      String updatedAt,
      String displayAt,
      List<AffectedComponent> affectedComponents) {}

  record Incident(
      String id,
      String name,
      String status,
      String createdAt,
      String updatedAt,
      String monitoringAt,
      String resolvedAt,
      String impact,
      String shortlink,
      String startedAt,
      String pageId,
      List<IncidentUpdate> incidentUpdates,
      List<Component> components) {}

  record ScheduledMaintenance(
      String id,
      String name,
      String status,
      String createdAt,
      String updatedAt,
      String monitoringAt,
      String resolvedAt,
      String impact,
      String shortlink,
      String startedAt,
      String pageId,
      List<IncidentUpdate> incidentUpdates,
      List<Component> components,
      String scheduledFor,
      String scheduledUntil) {}

  record Summary(
      Page page,
      List<Component> components,
      List<Incident> incidents,
      List<ScheduledMaintenance> scheduledMaintenances,
      Status status) {}

  record StatusDocument(Page page, Status status) {}

  record ComponentsDocument(Page page, List<Component> components) {}

  record IncidentsDocument(Page page, List<Incident> incidents) {}

  record MaintenancesDocument(Page page, List<ScheduledMaintenance> scheduledMaintenances) {}
}
