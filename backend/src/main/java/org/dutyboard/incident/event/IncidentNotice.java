package org.dutyboard.incident.event;

import java.time.Instant;
import java.util.UUID;
import org.dutyboard.incident.IncidentStatus;
import org.dutyboard.incident.Severity;
import org.dutyboard.incident.Visibility;

/**
 * What a PostgreSQL NOTIFY carries about one incident change to every replica: ids and the
 * incident's state at that moment, never titles or text. Receivers load the rest and filter it with
 * each subscriber's visibility rules.
 */
record IncidentNotice(
    UUID incidentId,
    UUID entryId,
    IncidentEventKind kind,
    String reference,
    IncidentStatus status,
    Severity severity,
    Visibility visibility,
    int version,
    Instant at) {

  /** The NOTIFY channel every replica listens on. */
  static final String CHANNEL = "dutyboard_incident";

  IncidentEventView event() {
    return new IncidentEventView(
        incidentId, reference, kind, status, severity, visibility, version, at);
  }
}
