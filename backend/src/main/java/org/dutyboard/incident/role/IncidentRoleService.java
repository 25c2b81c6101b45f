package org.dutyboard.incident.role;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.incident.Incident;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.incident.IncidentTimestamps;
import org.dutyboard.incident.IncidentView;
import org.dutyboard.incident.IncidentViews;
import org.dutyboard.incident.event.IncidentEventKind;
import org.dutyboard.incident.event.IncidentEvents;

/** Assigning and handing over incident roles. */
@ApplicationScoped
@Transactional
public class IncidentRoleService {
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject IncidentAccess access;
  @Inject IncidentViews incidentViews;
  @Inject IncidentRoles roles;
  @Inject IncidentEvents events;

  public IncidentView assign(
      UUID incidentId, IncidentRole role, UUID personId, Instant at, Integer expectedVersion) {
    Incident incident = access.requireEditable(incidentId, "incidentId", expectedVersion);
    Instant now = clock.instant();
    Instant when = checkedTime(at, now);
    roles.assign(incident, role, personId, when);
    return changed(incident, now);
  }

  public IncidentView release(
      UUID incidentId, IncidentRole role, UUID personId, Instant at, Integer expectedVersion) {
    Incident incident = access.requireEditable(incidentId, "incidentId", expectedVersion);
    Instant now = clock.instant();
    roles.release(incident, role, personId, checkedTime(at, now));
    return changed(incident, now);
  }

  /** Who held which role at {@code at} (now if omitted), e.g. "who was IC at 14:05". */
  private IncidentView changed(Incident incident, Instant now) {
    incident.updatedAt = now; // role changes bump the incident version: they are part of it
    IncidentTimestamps.check(incident, now);
    em.flush();
    events.changed(incident, IncidentEventKind.ROLE_CHANGED);
    return incidentViews.of(incident);
  }

  private static Instant checkedTime(Instant at, Instant now) {
    if (at == null) {
      return now;
    }
    if (at.isAfter(now)) {
      throw DutyboardException.validation("at", "at cannot be in the future");
    }
    return at;
  }
}
