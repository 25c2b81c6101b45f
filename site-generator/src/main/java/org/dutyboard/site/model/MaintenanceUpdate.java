package org.dutyboard.site.model;

import java.time.Instant;

/**
 * One public update of a scheduled maintenance.
 *
 * @param id stable id, unique within its maintenance
 * @param status maintenance status announced by this update
 * @param body public text; plain text, newlines are kept
 * @param createdAt when it was published
 */
public record MaintenanceUpdate(
    String id, MaintenanceStatus status, String body, Instant createdAt) {
  public MaintenanceUpdate {
    id = Checks.id(id, "maintenanceUpdate.id");
    Checks.required(status, "maintenanceUpdate.status");
    body = Checks.text(body, "maintenanceUpdate.body", Checks.MAX_BODY);
    Checks.required(createdAt, "maintenanceUpdate.createdAt");
  }
}
