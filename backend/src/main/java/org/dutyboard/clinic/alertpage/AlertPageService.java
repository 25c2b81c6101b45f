package org.dutyboard.clinic.alertpage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dutyboard.clinic.ClinicActor;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.incident.IncidentAccess;

/**
 * Linking alert pages to incidents; responders link. Only callers who see the linked incident (see
 * {@link IncidentAccess}) may change the link.
 */
@ApplicationScoped
@Transactional
public class AlertPageService {
  @Inject IncidentAccess incidents;
  @Inject ClinicActor actors;
  @Inject Caller caller;
  @Inject EntityManager em;
  @Inject AlertPageViews views;

  /** Links a page to an incident, or unlinks it with null. Needs RESPONDER (on its team). */
  public AlertPageView linkToIncident(UUID id, UUID incidentId, Integer expectedVersion) {
    caller.require(Role.RESPONDER);
    AlertPage page = Entities.require(AlertPage.class, id, "id", "Page");
    if (page.teamId != null) {
      actors.requireOnTeam(Role.RESPONDER, page.teamId);
    }
    if (page.incidentId != null && incidents.visibleAmong(Set.of(page.incidentId)).isEmpty()) {
      throw DutyboardException.forbidden(
          "The page is linked to an incident you cannot see; only those who see it change the"
              + " link");
    }
    DutyboardException.checkVersion("Page " + id, expectedVersion, page.version);
    if (incidentId != null) {
      incidents.requireVisible(incidentId, "incidentId"); // private incidents stay invisible
    }
    page.incidentId = incidentId;
    em.flush();
    return views.callerViews(List.of(page)).get(0);
  }
}
