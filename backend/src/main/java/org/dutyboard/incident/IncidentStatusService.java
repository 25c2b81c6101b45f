package org.dutyboard.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.incident.event.IncidentEventKind;
import org.dutyboard.incident.event.IncidentEvents;
import org.dutyboard.incident.postmortem.Postmortem;
import org.dutyboard.incident.postmortem.PostmortemRequirement;
import org.dutyboard.incident.postmortem.PostmortemState;
import org.dutyboard.incident.role.IncidentRoles;
import org.dutyboard.incident.timeline.TimelineKind;
import org.dutyboard.incident.timeline.TimelineWriter;
import org.dutyboard.people.CurrentPerson;

/**
 * Moves incidents through {@link IncidentLifecycle}. Closing is reserved to the current coordinator
 * (or an admin) and needs a postmortem in review unless {@link PostmortemRequirement} says none is
 * required or an admin waived it.
 */
@ApplicationScoped
@Transactional
public class IncidentStatusService {
  @Inject Caller caller;
  @Inject CurrentPerson me;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject IncidentAccess access;
  @Inject IncidentViews incidentViews;
  @Inject IncidentRoles roles;
  @Inject TimelineWriter timeline;
  @Inject IncidentEvents events;

  public IncidentView transition(
      UUID id, IncidentStatus to, Instant at, String note, Integer expectedVersion) {
    Incident incident = access.requireEditable(id, "id", expectedVersion);
    IncidentLifecycle.check(incident.status, to);
    String text = Texts.optional("note", note, 2000);
    Instant now = clock.instant();
    Instant when = at == null ? now : at;
    if (to == IncidentStatus.CLOSED) {
      requireMayClose(incident);
      incident.closedAt = when;
    }
    if (IncidentLifecycle.setsMitigated(to) && incident.mitigatedAt == null) {
      incident.mitigatedAt = when;
    }
    if (to == IncidentStatus.RESOLVED) {
      incident.resolvedAt = when;
    }
    IncidentStatus from = incident.status;
    incident.status = to;
    incident.updatedAt = now;
    IncidentTimestamps.check(incident, now);
    timeline.record(
        incident,
        TimelineKind.STATUS_CHANGE,
        from + " -> " + to + (text == null ? "" : ": " + text),
        when);
    em.flush();
    events.changed(incident, IncidentEventKind.STATUS_CHANGED);
    return incidentViews.of(incident);
  }

  /** Back to INVESTIGATING from RESOLVED or CLOSED; clears the resolution and counts it. */
  public IncidentView reopen(UUID id, String reason, Integer expectedVersion) {
    caller.require(Role.RESPONDER);
    Incident incident = access.requireVisible(id, "id");
    DutyboardException.checkVersion("Incident " + id, expectedVersion, incident.version);
    IncidentLifecycle.checkReopen(incident.status);
    String why = Texts.required("reason", reason, 2000);
    Instant now = clock.instant();
    String was =
        incident.status + (incident.resolvedAt == null ? "" : ", resolved " + incident.resolvedAt);
    incident.status = IncidentStatus.INVESTIGATING;
    incident.resolvedAt = null;
    incident.closedAt = null;
    incident.reopenCount++;
    incident.updatedAt = now;
    timeline.record(
        incident, TimelineKind.STATUS_CHANGE, "Reopened (was " + was + "): " + why, now);
    em.flush();
    events.changed(incident, IncidentEventKind.STATUS_CHANGED);
    return incidentViews.of(incident);
  }

  private void requireMayClose(Incident incident) {
    boolean coordinator =
        me.id().isPresent() && me.id().equals(roles.currentCoordinator(incident.id));
    if (!coordinator && !caller.has(Role.ADMIN)) {
      throw DutyboardException.forbidden(
          "Only the incident's current coordinator (or an admin) closes it");
    }
    if (incident.postmortemWaiverReason != null) {
      return;
    }
    boolean everPublic = incident.visibility == Visibility.PUBLIC || incident.madePublicAt != null;
    long publicUpdates =
        !everPublic
            ? 0
            : em.createQuery(
                    "select count(u) from StatusUpdate u where u.incidentId = :id", Long.class)
                .setParameter("id", incident.id)
                .getSingleResult();
    PostmortemRequirement.Verdict verdict =
        PostmortemRequirement.evaluate(
            incident.teamInvolvement,
            incident.rollbackOrHotfix,
            incident.rollbackDuringTestingPhase,
            publicUpdates);
    if (!verdict.required()) {
      return;
    }
    PostmortemState state =
        Postmortem.<Postmortem>find("incidentId", incident.id)
            .firstResultOptional()
            .map(r -> r.state)
            .orElse(null);
    if (state == null || state == PostmortemState.DRAFT) {
      throw DutyboardException.conflict(
          "postmortem",
          "A postmortem in IN_REVIEW or PUBLISHED is needed before closing because "
              + String.join(", ", verdict.reasons())
              + (state == null ? "; none exists yet" : "; it is still a DRAFT")
              + " (an admin may waive it with a reason)");
    }
  }
}
