package org.dutyboard.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.people.CurrentPerson;
import org.dutyboard.people.PeopleService;
import org.dutyboard.people.Person;

/**
 * Who is writing clinic data, and whether they may. The rule: writes need a role; a caller acting
 * for a person (see {@link CurrentPerson}) must be a member of the team it writes for, unless it is
 * an admin. Approvals and grants are personal, so they need such a caller.
 */
@ApplicationScoped
public class ClinicActor {
  @Inject Caller caller;
  @Inject CurrentPerson currentPerson;
  @Inject EntityManager em;
  @Inject PeopleService people;

  /** The writer as recorded with the data: a person if known, and a display name. */
  public record Actor(UUID personId, String name) {}

  /** The role alone, checked before anything is looked up. */
  public void requireRole(Role role) {
    caller.require(role);
  }

  public Actor requireOnTeam(Role role, UUID teamId) {
    caller.require(role);
    people.requireTeam(teamId, "teamId");
    if (currentPerson.id().isEmpty()) {
      return new Actor(null, caller.name());
    }
    Person person = people.requirePerson(currentPerson.id().get(), "caller");
    if (!caller.has(Role.ADMIN) && !isMember(teamId, person.id)) {
      throw DutyboardException.forbidden(
          person.handle + " is not a member of the team and cannot write its clinic data");
    }
    return new Actor(person.id, person.name);
  }

  /** Like {@link #requireOnTeam} and additionally insists on knowing the person. */
  public Actor requirePersonOnTeam(Role role, UUID teamId, String action) {
    Actor actor = requireOnTeam(role, teamId);
    if (actor.personId() == null) {
      throw DutyboardException.forbidden(
          action + " is recorded by person: use an API token issued for a person (personId)");
    }
    return actor;
  }

  public boolean isMember(UUID teamId, UUID personId) {
    return !em.createNativeQuery(
            "select 1 from team_member where team_id = :team and person_id = :person")
        .setParameter("team", teamId)
        .setParameter("person", personId)
        .getResultList()
        .isEmpty();
  }
}
