package org.dutyboard.incident.role;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.incident.Incident;
import org.dutyboard.incident.timeline.TimelineKind;
import org.dutyboard.incident.timeline.TimelineWriter;
import org.dutyboard.people.PeopleService;
import org.dutyboard.people.Person;

/**
 * Who holds which incident role, over time. Assigning a single-holder role (coordinator,
 * communications, scribe) hands it over from the current holder at the same instant, so "who was IC
 * at 14:05" always has one answer. The first role taken also records {@code acknowledgedAt}.
 */
@ApplicationScoped
public class IncidentRoles {
  @Inject EntityManager em;
  @Inject PeopleService people;
  @Inject TimelineWriter timeline;

  public void assign(Incident incident, IncidentRole role, UUID personId, Instant at) {
    Person person = people.requirePerson(personId, "personId");
    List<IncidentRoleAssignment> current = current(incident.id, role);
    if (current.stream().anyMatch(a -> a.personId.equals(personId))) {
      throw DutyboardException.conflict("personId", person.handle + " already holds " + role);
    }
    String handedOverFrom = "";
    if (role.singleHolder()) {
      for (IncidentRoleAssignment previous : current) {
        if (at.isBefore(previous.assumedAt)) {
          throw DutyboardException.validation(
              "at", "at is before the current holder assumed " + role);
        }
        previous.handedOverAt = at;
        handedOverFrom = " (handed over from " + handle(previous.personId) + ")";
      }
      em.flush(); // the one-current-holder index must see the hand-over before the insert
    }
    IncidentRoleAssignment assignment = new IncidentRoleAssignment();
    assignment.id = UUID.randomUUID();
    assignment.incidentId = incident.id;
    assignment.role = role;
    assignment.personId = personId;
    assignment.assumedAt = at;
    assignment.persist();
    if (incident.acknowledgedAt == null) {
      incident.acknowledgedAt = at;
    }
    timeline.record(
        incident,
        TimelineKind.ROLE_CHANGE,
        person.handle + " assumed " + role + handedOverFrom,
        at);
  }

  public void release(Incident incident, IncidentRole role, UUID personId, Instant at) {
    IncidentRoleAssignment assignment =
        current(incident.id, role).stream()
            .filter(a -> a.personId.equals(personId))
            .findFirst()
            .orElseThrow(
                () ->
                    DutyboardException.conflict(
                        "personId", "That person does not hold " + role + " in this incident"));
    if (at.isBefore(assignment.assumedAt)) {
      throw DutyboardException.validation("at", "at is before they assumed " + role);
    }
    assignment.handedOverAt = at;
    timeline.record(
        incident, TimelineKind.ROLE_CHANGE, handle(personId) + " handed over " + role, at);
  }

  public Optional<UUID> currentCoordinator(UUID incidentId) {
    return current(incidentId, IncidentRole.COORDINATOR).stream().map(a -> a.personId).findFirst();
  }

  /** Role holders at an instant, oldest assignment first. */
  public List<IncidentRoleAssignment> holdersAt(UUID incidentId, Instant at) {
    return em.createQuery(
            "from IncidentRoleAssignment where incidentId = :id and assumedAt <= :at"
                + " and (handedOverAt is null or handedOverAt > :at) order by assumedAt, id",
            IncidentRoleAssignment.class)
        .setParameter("id", incidentId)
        .setParameter("at", at)
        .getResultList();
  }

  private List<IncidentRoleAssignment> current(UUID incidentId, IncidentRole role) {
    return IncidentRoleAssignment.list(
        "incidentId = ?1 and role = ?2 and handedOverAt is null", incidentId, role);
  }

  private String handle(UUID personId) {
    return Person.<Person>findByIdOptional(personId).map(p -> p.handle).orElse("someone");
  }
}
