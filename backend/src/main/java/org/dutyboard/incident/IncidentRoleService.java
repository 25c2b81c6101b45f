package org.dutyboard.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.people.PeopleViews;
import org.dutyboard.people.Person;

/** Assigning and handing over incident roles; answering who held which role when. */
@ApplicationScoped
@Transactional
public class IncidentRoleService {
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject IncidentAccess access;
  @Inject IncidentLoader loader;
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
  @Transactional(TxType.SUPPORTS)
  public List<RoleHolderView> holdersAt(UUID incidentId, Instant at) {
    Incident incident = access.requireVisible(incidentId, "incidentId");
    List<IncidentRoleAssignment> holders =
        roles.holdersAt(incident.id, at == null ? clock.instant() : at);
    Map<UUID, Person> people =
        holders.isEmpty()
            ? Map.of()
            : em.createQuery("from Person where id in :ids", Person.class)
                .setParameter("ids", holders.stream().map(a -> a.personId).toList())
                .getResultStream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
    return holders.stream()
        .map(
            a ->
                new RoleHolderView(
                    a.role, PeopleViews.of(people.get(a.personId)), a.assumedAt, a.handedOverAt))
        .toList();
  }

  private IncidentView changed(Incident incident, Instant now) {
    incident.updatedAt = now; // role changes bump the incident version: they are part of it
    IncidentTimestamps.check(incident, now);
    em.flush();
    events.changed(incident, IncidentEventKind.ROLE_CHANGED);
    return loader.load(incident);
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
