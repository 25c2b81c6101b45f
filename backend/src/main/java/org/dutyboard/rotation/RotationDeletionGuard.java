package org.dutyboard.rotation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.people.PeopleDeletionGuard;
import org.dutyboard.people.Person;
import org.dutyboard.people.Team;

/** People on a roster and teams that own rotations cannot be deleted. */
@ApplicationScoped
class RotationDeletionGuard implements PeopleDeletionGuard {
  @Inject EntityManager em;

  @Override
  public void checkPersonDeletable(Person person) {
    long rosters =
        em.createQuery("select count(r) from RosterEntry r where r.personId = :id", Long.class)
            .setParameter("id", person.id)
            .getSingleResult();
    if (rosters > 0) {
      throw DutyboardException.conflict(
          "Person " + person.handle + " is on " + rosters + " roster(s); remove them first");
    }
  }

  @Override
  public void checkTeamDeletable(Team team) {
    long rotations =
        em.createQuery("select count(r) from Rotation r where r.teamId = :id", Long.class)
            .setParameter("id", team.id)
            .getSingleResult();
    if (rotations > 0) {
      throw DutyboardException.conflict(
          "Team " + team.name + " still owns " + rotations + " rotation(s); delete them first");
    }
  }
}
