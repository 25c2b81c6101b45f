package org.dutyboard.clinic.alertpage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dutyboard.common.Grouping;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.people.PeopleViews;
import org.dutyboard.people.Person;

/** Alert page entities to views, with their on-call people in one query for all of them. */
@ApplicationScoped
class AlertPageViews {
  @Inject IncidentAccess incidents;
  @Inject EntityManager em;

  /** Views as the caller may see them: links to incidents they cannot see show as a count. */
  List<AlertPageView> callerViews(List<AlertPage> pages) {
    Set<UUID> linked =
        pages.stream().map(p -> p.incidentId).filter(Objects::nonNull).collect(Collectors.toSet());
    return of(pages, incidents.visibleAmong(linked));
  }

  /** Views with their on-call people, in one query for all of them. */
  List<AlertPageView> of(List<AlertPage> pages, Set<UUID> visibleIncidents) {
    if (pages.isEmpty()) {
      return List.of();
    }
    List<Object[]> onCallRows =
        em.createQuery(
                "select a.pageId, a.role, p from AlertPageAttribution a, Person p where p.id = a.personId"
                    + " and any_of(:ids, a.pageId) order by a.pageId, a.position",
                Object[].class)
            .setParameter("ids", AnyOf.ids(pages.stream().map(p -> p.id).toList()))
            .getResultList();
    Map<UUID, List<AlertPageOnCallView>> onCall =
        Grouping.byKey(
            onCallRows,
            row -> (UUID) row[0],
            row -> new AlertPageOnCallView((String) row[1], PeopleViews.of((Person) row[2])));
    return pages.stream()
        .map(
            p ->
                view(
                    p,
                    onCall.getOrDefault(p.id, List.of()),
                    p.incidentId == null || visibleIncidents.contains(p.incidentId)))
        .toList();
  }

  /** The view of {@code p}; {@code incidentVisible} false withholds the linked incident's id. */
  private static AlertPageView view(
      AlertPage p, List<AlertPageOnCallView> onCall, boolean incidentVisible) {
    return new AlertPageView(
        p.id,
        p.fingerprint,
        p.alertName,
        p.annotations.get("summary"),
        p.status,
        p.startsAt,
        p.endsAt,
        LabelView.of(p.labels),
        LabelView.of(p.annotations),
        p.receiver,
        p.generatorUrl,
        p.rotationRef,
        p.rotationId,
        p.teamId,
        incidentVisible ? p.incidentId : null,
        incidentVisible ? 0 : 1,
        onCall,
        p.notifications,
        p.firstReceivedAt,
        p.lastReceivedAt,
        (int) p.version);
  }
}
