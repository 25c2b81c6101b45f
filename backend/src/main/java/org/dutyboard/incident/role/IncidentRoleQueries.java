package org.dutyboard.incident.role;

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
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.incident.Incident;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.people.PeopleViews;
import org.dutyboard.people.Person;

/** Who held which incident role when. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class IncidentRoleQueries {
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject IncidentAccess access;
  @Inject IncidentRoles roles;

  public List<IncidentRoleHolderView> holdersAt(UUID incidentId, Instant at) {
    Incident incident = access.requireVisible(incidentId, "incidentId");
    List<IncidentRoleAssignment> holders =
        roles.holdersAt(incident.id, at == null ? clock.instant() : at);
    Map<UUID, Person> people =
        holders.isEmpty()
            ? Map.of()
            : em.createQuery("from Person where any_of(:ids, id)", Person.class)
                .setParameter("ids", AnyOf.ids(holders.stream().map(a -> a.personId).toList()))
                .getResultStream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
    return holders.stream()
        .map(
            a ->
                new IncidentRoleHolderView(
                    a.role, PeopleViews.of(people.get(a.personId)), a.assumedAt, a.handedOverAt))
        .toList();
  }
}
