package org.dutyboard.site.model;

import java.time.Instant;

/**
 * A component as the public sees it.
 *
 * @param id stable id (safe for URLs), e.g. used in {@code components/<id>.atom}
 * @param name public name
 * @param description optional public description, null for none
 * @param groupId id of its {@link PublicComponentGroup}, null when ungrouped
 * @param displayOrder position inside its group (or among top-level entries when ungrouped)
 * @param showOnlyWhenDegraded hidden on the page while operational
 * @param status current status
 * @param createdAt when the component was added; uptime days before it show "no data"
 * @param updatedAt last change of the component (Statuspage {@code updated_at})
 */
public record PublicComponent(
    String id,
    String name,
    String description,
    String groupId,
    int displayOrder,
    boolean showOnlyWhenDegraded,
    ComponentStatus status,
    Instant createdAt,
    Instant updatedAt) {

  public PublicComponent {
    id = Checks.id(id, "component.id");
    name = Checks.text(name, "component.name", Checks.MAX_NAME);
    description = Checks.optionalText(description, "component.description", Checks.MAX_BODY);
    groupId = groupId == null ? null : Checks.id(groupId, "component.groupId");
    Checks.required(status, "component.status");
    Checks.required(createdAt, "component.createdAt");
    Checks.required(updatedAt, "component.updatedAt");
    Checks.notBefore(updatedAt, createdAt, "component.updatedAt is before its createdAt");
  }

  /** Whether the public page lists it right now. */
  public boolean visible() {
    return !showOnlyWhenDegraded || status != ComponentStatus.OPERATIONAL;
  }
}
