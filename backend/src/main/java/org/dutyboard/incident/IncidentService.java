package org.dutyboard.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.component.ComponentService;
import org.dutyboard.incident.event.IncidentEventKind;
import org.dutyboard.incident.event.IncidentEvents;
import org.dutyboard.incident.role.IncidentRole;
import org.dutyboard.incident.role.IncidentRoles;
import org.dutyboard.incident.timeline.TimelineKind;
import org.dutyboard.incident.timeline.TimelineWriter;
import org.dutyboard.people.CurrentPerson;

/**
 * Declaring incidents and changing their details and visibility. Only a human (a caller who is a
 * person) declares; every change is recorded on the timeline. Limits: title and public title 1-200
 * characters, summary 10,000, reasons 2,000.
 */
@ApplicationScoped
@Transactional
public class IncidentService {
  @Inject Caller caller;
  @Inject CurrentPerson me;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject IncidentAccess access;
  @Inject IncidentViews incidentViews;
  @Inject IncidentRoles roles;
  @Inject ComponentService components;
  @Inject TimelineWriter timeline;
  @Inject IncidentEvents events;

  public IncidentView declare(DeclareIncidentInput input) {
    caller.require(Role.RESPONDER);
    UUID declarer = me.require("Declaring an incident");
    if (input.severity() == null) {
      throw DutyboardException.validation("severity", "severity is required");
    }
    Instant now = clock.instant();
    Incident incident = new Incident();
    incident.id = UUID.randomUUID();
    incident.title = Texts.singleLine("title", input.title(), 200);
    incident.summary = Texts.optional("summary", input.summary(), 10_000);
    incident.publicTitle = Texts.optional("publicTitle", input.publicTitle(), 200);
    incident.severity = input.severity();
    incident.status = IncidentStatus.INVESTIGATING;
    incident.visibility = input.visibility() == null ? Visibility.PUBLIC : input.visibility();
    incident.audiences = Incident.join(orEmpty(input.audiences()));
    incident.declareCriteria = Incident.join(orEmpty(input.declareCriteria()));
    incident.teamInvolvement = TeamInvolvement.STARTED;
    incident.startedAt = input.startedAt();
    incident.detectedAt = input.detectedAt();
    incident.declaredAt = now;
    incident.declaredByPersonId = declarer;
    incident.declaredBy = timeline.author();
    incident.updatedAt = now;
    IncidentTimestamps.check(incident, now);
    Set<UUID> componentIds = componentIds(input.componentIds());
    incident.number =
        ((Number) em.createNativeQuery("select nextval('incident_number_seq')").getSingleResult())
            .longValue();
    incident.persist();
    replaceComponents(incident, componentIds);
    timeline.record(
        incident,
        TimelineKind.DECLARED,
        "Declared "
            + incident.severity
            + " "
            + incident.visibility
            + " incident: "
            + incident.title
            + criteriaText(incident),
        now);
    if (Boolean.TRUE.equals(input.takeCoordinator())) {
      roles.assign(incident, IncidentRole.COORDINATOR, declarer, now);
    }
    em.flush();
    events.changed(incident, IncidentEventKind.DECLARED);
    return incidentViews.of(incident);
  }

  public IncidentView update(UUID id, UpdateIncidentInput input, Integer expectedVersion) {
    Incident incident = access.requireEditable(id, "id", expectedVersion);
    Instant now = clock.instant();
    Severity previousSeverity = incident.severity;
    List<String> changed = new ArrayList<>();
    IncidentChanges.texts(incident, input, changed);
    if (input.severity() != null) {
      incident.severity = input.severity();
    }
    changeScope(incident, input, changed);
    IncidentChanges.moments(incident, input, changed);
    IncidentChanges.postmortemFacts(incident, input, changed);
    IncidentTimestamps.check(incident, now);
    recordChanges(incident, previousSeverity, changed, now);
    return incidentViews.of(incident);
  }

  /** Who and what is affected: audiences and components. */
  private void changeScope(Incident incident, UpdateIncidentInput input, List<String> changed) {
    IncidentChanges.apply(
        changed,
        "audiences",
        input.audiences(),
        Incident::join,
        () -> incident.audiences,
        v -> incident.audiences = v);
    if (input.componentIds() != null) {
      Set<UUID> wanted = componentIds(input.componentIds());
      Set<UUID> had =
          new HashSet<>(
              IncidentComponent.<IncidentComponent>list("incidentId", incident.id).stream()
                  .map(c -> c.componentId)
                  .toList());
      if (!wanted.equals(had)) {
        changed.add("components");
        replaceComponents(incident, wanted);
      }
    }
  }

  /** One timeline entry per kind of change, and one event, if anything changed. */
  private void recordChanges(
      Incident incident, Severity previousSeverity, List<String> changed, Instant now) {
    if (previousSeverity != incident.severity) {
      timeline.record(
          incident,
          TimelineKind.SEVERITY_CHANGE,
          "Severity " + previousSeverity + " -> " + incident.severity,
          now);
    }
    if (!changed.isEmpty()) {
      timeline.record(
          incident, TimelineKind.DETAILS_CHANGE, "Changed " + String.join(", ", changed), now);
    }
    if (previousSeverity != incident.severity || !changed.isEmpty()) {
      incident.updatedAt = now;
      em.flush();
      events.changed(incident, IncidentEventKind.UPDATED);
    }
  }

  /**
   * Makes an incident PUBLIC or PRIVATE: an explicit, recorded act of its coordinator or of a
   * SECURITY/ADMIN caller. Also allowed on CLOSED incidents ("private until mitigated" often ends
   * after closing). Making it public publishes only its status updates, never its timeline.
   */
  public IncidentView setVisibility(
      UUID id, Visibility visibility, String reason, Integer expectedVersion) {
    caller.requireAny(Role.RESPONDER, Role.SECURITY); // coordinator checked below
    Incident incident = access.requireVisible(id, "id");
    DutyboardException.checkVersion("Incident " + id, expectedVersion, incident.version);
    boolean coordinator = me.id().isPresent() && me.id().equals(roles.currentCoordinator(id));
    if (!coordinator && !caller.has(Role.SECURITY)) {
      throw DutyboardException.forbidden(
          "Only the incident's coordinator or a security or admin caller changes its visibility");
    }
    String why = Texts.required("reason", reason, 2000);
    if (incident.visibility == visibility) {
      throw DutyboardException.conflict("visibility", "The incident already is " + visibility);
    }
    Instant now = clock.instant();
    incident.visibility = visibility;
    if (visibility == Visibility.PUBLIC && incident.madePublicAt == null) {
      incident.madePublicAt = now;
    }
    incident.updatedAt = now;
    timeline.record(
        incident, TimelineKind.VISIBILITY_CHANGE, "Made " + visibility + ": " + why, now);
    em.flush();
    events.changed(incident, IncidentEventKind.VISIBILITY_CHANGED);
    return incidentViews.of(incident);
  }

  private Set<UUID> componentIds(List<String> ids) {
    Set<UUID> parsed = new HashSet<>(Ids.parseAll(orEmpty(ids), "componentIds"));
    components.requireAll(parsed, "componentIds");
    return parsed;
  }

  private void replaceComponents(Incident incident, Set<UUID> componentIds) {
    IncidentComponent.delete("incidentId", incident.id);
    for (UUID componentId : componentIds) {
      IncidentComponent link = new IncidentComponent();
      link.id = UUID.randomUUID();
      link.incidentId = incident.id;
      link.componentId = componentId;
      link.persist();
    }
  }

  private static String criteriaText(Incident incident) {
    return incident.declareCriteria.isEmpty()
        ? ""
        : " (criteria: " + incident.declareCriteria + ")";
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
