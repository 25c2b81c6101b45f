package org.dutyboard.site.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A scheduled maintenance as the public sees it.
 *
 * @param id stable id (safe for URLs); the page lives at {@code maintenance/<id>.html}
 * @param name public title
 * @param status current status
 * @param createdAt when it was announced
 * @param scheduledFor planned start
 * @param scheduledUntil planned end, not before the start
 * @param affectedComponentIds components the work touches
 * @param message the public announcement text
 * @param updates public updates; kept sorted oldest first (then by id)
 */
public record PublicMaintenance(
    String id,
    String name,
    MaintenanceStatus status,
    Instant createdAt,
    Instant scheduledFor,
    Instant scheduledUntil,
    List<String> affectedComponentIds,
    String message,
    List<MaintenanceUpdate> updates) {

  private static final Comparator<MaintenanceUpdate> CHRONOLOGICAL =
      Comparator.comparing(MaintenanceUpdate::createdAt).thenComparing(MaintenanceUpdate::id);

  public PublicMaintenance {
    id = Checks.id(id, "maintenance.id");
    name = Checks.text(name, "maintenance.name", Checks.MAX_NAME);
    Checks.required(status, "maintenance.status");
    Checks.required(createdAt, "maintenance.createdAt");
    Checks.required(scheduledFor, "maintenance.scheduledFor");
    Checks.required(scheduledUntil, "maintenance.scheduledUntil");
    Checks.notBefore(
        scheduledUntil, scheduledFor, "maintenance " + id + ": scheduledUntil is before start");
    affectedComponentIds = Checks.ids(affectedComponentIds, "maintenance.affectedComponentIds");
    message = Checks.text(message, "maintenance.message", Checks.MAX_BODY);
    updates = Checks.list(updates, "maintenance.updates").stream().sorted(CHRONOLOGICAL).toList();
    Checks.unique(
        updates.stream().map(MaintenanceUpdate::id).toList(), "maintenance " + id + " updates");
  }

  /** Updates newest first, as the public pages show them. */
  public List<MaintenanceUpdate> updatesNewestFirst() {
    List<MaintenanceUpdate> newestFirst = new ArrayList<>(updates);
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  /** Latest of announcement and any update. */
  public Instant lastUpdatedAt() {
    return updates.isEmpty()
        ? createdAt
        : max(createdAt, updates.get(updates.size() - 1).createdAt());
  }

  /** Time of the first update with the given status, or null. */
  public Instant firstUpdateAt(MaintenanceStatus wanted) {
    return updates.stream()
        .filter(u -> u.status() == wanted)
        .map(MaintenanceUpdate::createdAt)
        .findFirst()
        .orElse(null);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
