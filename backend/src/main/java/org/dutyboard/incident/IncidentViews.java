package org.dutyboard.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.Grouping;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.component.ComponentView;
import org.dutyboard.component.ComponentViews;
import org.dutyboard.incident.metrics.IncidentMetricsViews;
import org.dutyboard.incident.role.IncidentCoordinatorRule;
import org.dutyboard.incident.role.IncidentRole;
import org.dutyboard.incident.role.IncidentRoleAssignment;
import org.dutyboard.incident.role.IncidentRoleHolderView;
import org.dutyboard.people.PeopleViews;
import org.dutyboard.people.Person;
import org.dutyboard.people.PersonView;

/**
 * Incidents -> views, with two queries whatever their number: affected components, and role
 * assignments with their people. Callers own the transaction.
 */
@ApplicationScoped
public class IncidentViews {
  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject IncidentConfig config;

  public List<IncidentView> of(List<Incident> incidents) {
    if (incidents.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = incidents.stream().map(i -> i.id).toList();
    Map<UUID, List<ComponentView>> components =
        ComponentViews.byOwner(
            em.createQuery(
                    "select ic.incidentId, c from IncidentComponent ic, Component c"
                        + " where c.id = ic.componentId and any_of(:ids, ic.incidentId)"
                        + " order by c.displayOrder, c.name",
                    Object[].class)
                .setParameter("ids", AnyOf.ids(ids))
                .getResultList());
    List<Object[]> roleRows =
        em.createQuery(
                "select a, p from IncidentRoleAssignment a, Person p where p.id = a.personId"
                    + " and any_of(:ids, a.incidentId) order by a.assumedAt, a.id",
                Object[].class)
            .setParameter("ids", AnyOf.ids(ids))
            .getResultList();
    Map<UUID, List<Object[]>> roles =
        Grouping.byKey(roleRows, row -> ((IncidentRoleAssignment) row[0]).incidentId);
    Instant now = clock.instant();
    return incidents.stream()
        .map(
            i ->
                view(
                    i,
                    components.getOrDefault(i.id, List.of()),
                    roles.getOrDefault(i.id, List.of()),
                    now))
        .toList();
  }

  public IncidentView of(Incident incident) {
    return of(List.of(incident)).get(0);
  }

  public String reference(Incident incident) {
    return config.referencePrefix() + "-" + incident.number;
  }

  private IncidentView view(
      Incident i, List<ComponentView> components, List<Object[]> assignments, Instant now) {
    List<IncidentRoleHolderView> current = new ArrayList<>();
    List<IncidentRoleAssignment> coordinators = new ArrayList<>();
    PersonView coordinator = null;
    for (Object[] row : assignments) {
      IncidentRoleAssignment a = (IncidentRoleAssignment) row[0];
      PersonView person = PeopleViews.of((Person) row[1]);
      if (a.role == IncidentRole.COORDINATOR) {
        coordinators.add(a);
      }
      if (a.handedOverAt == null) {
        current.add(new IncidentRoleHolderView(a.role, person, a.assumedAt, null));
        if (a.role == IncidentRole.COORDINATOR) {
          coordinator = person;
        }
      }
    }
    List<IncidentWarningView> warnings =
        IncidentCoordinatorRule.check(i, coordinators, now, config.coordinatorGrace()).stream()
            .toList();
    return new IncidentView(
        i.id,
        reference(i),
        i.title,
        i.publicTitle,
        i.summary,
        i.severity,
        i.severity.isMajor(),
        i.status,
        i.visibility,
        i.audienceList(),
        i.criteriaList(),
        components,
        i.startedAt,
        i.detectedAt,
        i.declaredAt,
        i.acknowledgedAt,
        i.mitigatedAt,
        i.resolvedAt,
        i.closedAt,
        i.madePublicAt,
        i.reopenCount,
        i.declaredBy,
        coordinator,
        current,
        i.teamInvolvement,
        i.rollbackOrHotfix,
        i.rollbackDuringTestingPhase,
        i.postmortemWaiverReason,
        warnings,
        IncidentMetricsViews.durations(i),
        (int) i.version);
  }
}
