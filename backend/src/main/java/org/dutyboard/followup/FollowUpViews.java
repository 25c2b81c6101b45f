package org.dutyboard.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.people.PeopleViews;
import org.dutyboard.people.Person;
import org.dutyboard.people.PersonView;

/** Builds follow-up views with their owners in one extra query. */
@ApplicationScoped
class FollowUpViews {
  @Inject EntityManager em;
  @Inject Clock clock;

  List<FollowUpView> of(List<FollowUp> tasks) {
    List<UUID> ownerIds = tasks.stream().map(t -> t.ownerId).filter(Objects::nonNull).toList();
    Map<UUID, PersonView> owners = new HashMap<>();
    if (!ownerIds.isEmpty()) {
      em.createQuery("from Person where any_of(:ids, id)", Person.class)
          .setParameter("ids", AnyOf.ids(ownerIds))
          .getResultList()
          .forEach(p -> owners.put(p.id, PeopleViews.of(p)));
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    return tasks.stream()
        .map(
            t ->
                new FollowUpView(
                    t.id,
                    t.incidentId,
                    t.title,
                    t.description,
                    t.ownerId == null ? null : owners.get(t.ownerId),
                    t.dueOn,
                    t.status.isOpen() && t.dueOn != null && t.dueOn.isBefore(today),
                    t.priority,
                    t.kind,
                    t.tagList(),
                    t.ticketUrl,
                    t.status,
                    t.wontDoReason,
                    t.completedAt,
                    (int) t.version))
        .toList();
  }
}
