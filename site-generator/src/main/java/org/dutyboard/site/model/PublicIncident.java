package org.dutyboard.site.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An incident as the public sees it: no people, no internal notes, only public updates.
 *
 * @param id stable id (safe for URLs); the page lives at {@code incidents/<id>.html}
 * @param shortId stable human reference such as {@code INC-42}
 * @param name public title
 * @param impact declared impact
 * @param status current status; closed (resolved/postmortem) exactly when resolvedAt is set
 * @param createdAt when the incident was declared
 * @param startedAt when the disruption began (may be before createdAt)
 * @param resolvedAt when it was resolved, null while active
 * @param affectedComponentIds components named as affected
 * @param updates public updates; kept sorted oldest first (then by id) so output is deterministic
 */
public record PublicIncident(
    String id,
    String shortId,
    String name,
    IncidentImpact impact,
    IncidentStatus status,
    Instant createdAt,
    Instant startedAt,
    Instant resolvedAt,
    List<String> affectedComponentIds,
    List<PublicUpdate> updates) {

  private static final Comparator<PublicUpdate> CHRONOLOGICAL =
      Comparator.comparing(PublicUpdate::createdAt).thenComparing(PublicUpdate::id);

  public PublicIncident {
    id = Checks.id(id, "incident.id");
    shortId = Checks.text(shortId, "incident.shortId", 64);
    name = Checks.text(name, "incident.name", Checks.MAX_NAME);
    Checks.required(impact, "incident.impact");
    Checks.required(status, "incident.status");
    Checks.required(createdAt, "incident.createdAt");
    Checks.required(startedAt, "incident.startedAt");
    if (status.closed() != (resolvedAt != null)) {
      throw new IllegalArgumentException(
          "incident " + id + ": resolvedAt must be set exactly when the status is closed");
    }
    Checks.notBefore(resolvedAt, startedAt, "incident " + id + ": resolvedAt is before startedAt");
    affectedComponentIds = Checks.ids(affectedComponentIds, "incident.affectedComponentIds");
    updates = Checks.list(updates, "incident.updates").stream().sorted(CHRONOLOGICAL).toList();
    Checks.unique(updates.stream().map(PublicUpdate::id).toList(), "incident " + id + " updates");
  }

  /** Updates newest first, as the public pages show them. */
  public List<PublicUpdate> updatesNewestFirst() {
    List<PublicUpdate> newestFirst = new ArrayList<>(updates);
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  /** Latest of creation, any update and resolution. */
  public Instant lastUpdatedAt() {
    Instant last = createdAt;
    if (!updates.isEmpty() && updates.get(updates.size() - 1).createdAt().isAfter(last)) {
      last = updates.get(updates.size() - 1).createdAt();
    }
    return resolvedAt != null && resolvedAt.isAfter(last) ? resolvedAt : last;
  }

  /** Time of the first "monitoring" update, or null. */
  public Instant monitoringAt() {
    return updates.stream()
        .filter(u -> u.status() == IncidentStatus.MONITORING)
        .map(PublicUpdate::createdAt)
        .findFirst()
        .orElse(null);
  }

  /** Components named by the incident or by any of its updates, in first-mentioned order. */
  public Set<String> componentIds() {
    Set<String> ids = new LinkedHashSet<>(affectedComponentIds);
    updates.forEach(u -> u.affectedComponents().forEach(a -> ids.add(a.componentId())));
    return ids;
  }

  /** Active means not resolved yet. */
  public boolean active() {
    return !status.closed();
  }
}
