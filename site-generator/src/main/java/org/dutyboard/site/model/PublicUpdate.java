package org.dutyboard.site.model;

import java.time.Instant;
import java.util.List;

/**
 * One public update of an incident: the text the public reads and the component statuses it sets.
 *
 * @param id stable id, unique within its incident
 * @param status incident status announced by this update
 * @param body public text; plain text, newlines are kept
 * @param createdAt when it was published
 * @param affectedComponents component statuses set by this update (may be empty)
 */
public record PublicUpdate(
    String id,
    IncidentStatus status,
    String body,
    Instant createdAt,
    List<AffectedComponent> affectedComponents) {

  public PublicUpdate {
    id = Checks.id(id, "update.id");
    Checks.required(status, "update.status");
    body = Checks.text(body, "update.body", Checks.MAX_BODY);
    Checks.required(createdAt, "update.createdAt");
    affectedComponents = Checks.list(affectedComponents, "update.affectedComponents");
    Checks.unique(
        affectedComponents.stream().map(AffectedComponent::componentId).toList(),
        "update.affectedComponents");
  }
}
