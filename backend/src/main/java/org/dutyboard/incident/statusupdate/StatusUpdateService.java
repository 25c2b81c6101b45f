package org.dutyboard.incident.statusupdate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.component.ComponentService;
import org.dutyboard.incident.Incident;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.incident.event.IncidentEventKind;
import org.dutyboard.incident.event.IncidentEvents;
import org.dutyboard.incident.timeline.TimelineKind;
import org.dutyboard.incident.timeline.TimelineWriter;

/**
 * Public status updates: written for the public by responders, public only while their incident is
 * PUBLIC.
 */
@ApplicationScoped
@Transactional
public class StatusUpdateService {
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject IncidentAccess access;
  @Inject StatusUpdateViews statusUpdateViews;
  @Inject ComponentService components;
  @Inject TimelineWriter timeline;
  @Inject IncidentEvents events;

  public StatusUpdateView post(UUID incidentId, StatusUpdateInput input) {
    caller.require(Role.RESPONDER);
    Incident incident = access.requireVisible(incidentId, "incidentId");
    IncidentAccess.requireOpen(incident);
    if (input.status() == null) {
      throw DutyboardException.validation("status", "status is required");
    }
    String message = Texts.required("message", input.message(), 5000);
    List<ComponentStatusInput> stated = input.components() == null ? List.of() : input.components();
    List<UUID> ids = stated.stream().map(c -> Ids.parse(c.componentId(), "components")).toList();
    if (new HashSet<>(ids).size() != ids.size()) {
      throw DutyboardException.validation("components", "a component is listed twice");
    }
    if (stated.stream().anyMatch(c -> c.status() == null)) {
      throw DutyboardException.validation("components", "every component needs a status");
    }
    components.requireAll(ids, "components");
    StatusUpdate update = new StatusUpdate();
    update.id = UUID.randomUUID();
    update.incidentId = incidentId;
    update.status = input.status();
    update.message = message;
    update.postedAt = clock.instant();
    update.author = timeline.author();
    update.persist();
    for (int k = 0; k < stated.size(); k++) {
      StatusUpdateComponent row = new StatusUpdateComponent();
      row.id = UUID.randomUUID();
      row.statusUpdateId = update.id;
      row.componentId = ids.get(k);
      row.componentStatus = stated.get(k).status();
      row.persist();
    }
    timeline.record(
        incident,
        TimelineKind.STATUS_UPDATE,
        "Public status update (" + update.status + "): " + message,
        update.postedAt);
    em.flush();
    events.changed(incident, IncidentEventKind.STATUS_UPDATE_POSTED);
    return statusUpdateViews.of(List.of(update)).get(0);
  }

  /** Status updates of incidents the caller already may see, oldest first, per incident. */

  /** What the public status page shows: updates of PUBLIC incidents only, newest first. */
}
