package org.dutyboard.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.graphql.TimeZone;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;

/** Edits of people and teams: who exists, who belongs where. Schedulers edit. */
@ApplicationScoped
@Transactional
public class PeopleService {
  /** Longest person name (the column is varchar(200)). */
  public static final int PERSON_NAME_MAX = 200;

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject Instance<PeopleDeletionGuard> guards;

  public PersonView createPerson(PersonInput input) {
    caller.require(Role.SCHEDULER);
    Person person = new Person();
    person.id = UUID.randomUUID();
    person.createdAt = clock.instant();
    apply(person, input);
    person.persist();
    return PeopleViews.of(person);
  }

  public PersonView updatePerson(UUID id, PersonInput input, Integer expectedVersion) {
    caller.require(Role.SCHEDULER);
    Person person = requirePerson(id, "id");
    DutyboardException.checkVersion("Person " + id, expectedVersion, person.version);
    apply(person, input);
    em.flush();
    return PeopleViews.of(person);
  }

  public boolean deletePerson(UUID id, Integer expectedVersion) {
    caller.require(Role.SCHEDULER);
    Person person = requirePerson(id, "id");
    DutyboardException.checkVersion("Person " + id, expectedVersion, person.version);
    guards.forEach(guard -> guard.checkPersonDeletable(person));
    em.createNativeQuery("delete from team_member where person_id = :id")
        .setParameter("id", id)
        .executeUpdate();
    person.delete();
    return true;
  }

  public TeamView createTeam(TeamInput input) {
    caller.require(Role.SCHEDULER);
    String name = teamName(input);
    String description = Texts.optional("description", input.description(), 2000);
    requireUniqueTeamName(name, null);
    Team team = new Team();
    team.id = UUID.randomUUID();
    team.createdAt = clock.instant();
    team.updatedAt = team.createdAt;
    team.name = name;
    team.description = description;
    team.persist();
    return PeopleViews.of(team);
  }

  public TeamView updateTeam(UUID id, TeamInput input, Integer expectedVersion) {
    caller.require(Role.SCHEDULER);
    Team team = requireTeam(id, "id");
    DutyboardException.checkVersion("Team " + id, expectedVersion, team.version);
    String name = teamName(input);
    String description = Texts.optional("description", input.description(), 2000);
    requireUniqueTeamName(name, id);
    team.name = name;
    team.description = description;
    team.updatedAt = clock.instant();
    em.flush();
    return PeopleViews.of(team);
  }

  public boolean deleteTeam(UUID id, Integer expectedVersion) {
    caller.require(Role.SCHEDULER);
    Team team = requireTeam(id, "id");
    DutyboardException.checkVersion("Team " + id, expectedVersion, team.version);
    guards.forEach(guard -> guard.checkTeamDeletable(team));
    team.delete();
    return true;
  }

  public TeamView addTeamMember(UUID teamId, UUID personId, Integer expectedVersion) {
    caller.require(Role.SCHEDULER);
    Team team = requireTeam(teamId, "teamId");
    DutyboardException.checkVersion("Team " + teamId, expectedVersion, team.version);
    team.members.add(requirePerson(personId, "personId"));
    team.updatedAt = clock.instant();
    em.flush();
    return PeopleViews.of(team);
  }

  public TeamView removeTeamMember(UUID teamId, UUID personId, Integer expectedVersion) {
    caller.require(Role.SCHEDULER);
    Team team = requireTeam(teamId, "teamId");
    DutyboardException.checkVersion("Team " + teamId, expectedVersion, team.version);
    Person person = requirePerson(personId, "personId");
    if (!team.members.remove(person)) {
      throw DutyboardException.notFound("personId", "Member", personId);
    }
    team.updatedAt = clock.instant();
    em.flush();
    return PeopleViews.of(team);
  }

  /** Loads a person for another feature's write, failing with NOT_FOUND naming the field. */
  public Person requirePerson(UUID id, String field) {
    return Entities.require(Person.class, id, field, "Person");
  }

  public Team requireTeam(UUID id, String field) {
    return Entities.require(Team.class, id, field, "Team");
  }

  /** Names go through the same text checks as every other field (they reach calendars). */
  private static String teamName(TeamInput input) {
    return Texts.name("name", input.name(), 120);
  }

  private void apply(Person person, PersonInput input) {
    String name = Texts.name("name", input.name(), PERSON_NAME_MAX);
    String handle = Texts.handle("handle", input.handle(), 64);
    String email = Texts.email("email", input.email(), 320);
    // checked before any field changes: a pending change would be flushed by the lookup
    requireUniqueHandle(handle, person.id);
    person.name = name;
    person.handle = handle;
    person.email = email;
    person.timeZone =
        TimeZone.parse(input.timeZone() == null ? null : input.timeZone().toString(), "timeZone")
            .getId();
    person.updatedAt = clock.instant();
  }

  private void requireUniqueHandle(String handle, UUID self) {
    Person.<Person>find("handle", handle)
        .firstResultOptional()
        .filter(p -> !p.id.equals(self))
        .ifPresent(
            p -> {
              throw DutyboardException.conflict("handle", "Handle " + handle + " is taken");
            });
  }

  private void requireUniqueTeamName(String name, UUID self) {
    Team.<Team>find("name", name.strip())
        .firstResultOptional()
        .filter(t -> !t.id.equals(self))
        .ifPresent(
            t -> {
              throw DutyboardException.conflict("name", "A team named " + name + " exists");
            });
  }
}
