package org.dutyboard.rotation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.people.Person;
import org.dutyboard.people.PersonView;
import org.dutyboard.people.Team;
import org.dutyboard.people.TeamView;

/**
 * Loads rotations with everything a schedule needs in three queries whatever their number: roles,
 * roster with people, and teams, each fetched with {@code in (:ids)}. Callers own the transaction.
 */
@ApplicationScoped
class RotationLoader {
  @Inject EntityManager em;

  List<LoadedRotation> load(List<Rotation> rotations) {
    if (rotations.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = rotations.stream().map(r -> r.id).toList();
    Map<UUID, List<RotationRole>> roles = new HashMap<>();
    em.createQuery(
            "from RotationRole where rotationId in :ids order by rotationId, position",
            RotationRole.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> roles.computeIfAbsent(r.rotationId, k -> new ArrayList<>()).add(r));
    Map<UUID, List<PersonView>> rosters = new HashMap<>();
    em.createQuery(
            "select e.rotationId, p from RosterEntry e, Person p where p.id = e.personId"
                + " and e.rotationId in :ids order by e.rotationId, e.position",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            row ->
                rosters
                    .computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(PersonView.of((Person) row[1])));
    Map<UUID, TeamView> teams = teams(rotations.stream().map(r -> r.teamId).distinct().toList());
    return rotations.stream()
        .map(
            r ->
                new LoadedRotation(
                    r,
                    roles.getOrDefault(r.id, List.of()),
                    rosters.getOrDefault(r.id, List.of()),
                    teams.get(r.teamId)))
        .toList();
  }

  LoadedRotation load(Rotation rotation) {
    return load(List.of(rotation)).get(0);
  }

  private Map<UUID, TeamView> teams(Collection<UUID> ids) {
    Map<UUID, TeamView> teams = new HashMap<>();
    em.createQuery("from Team where id in :ids", Team.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(t -> teams.put(t.id, TeamView.of(t)));
    return teams;
  }
}
