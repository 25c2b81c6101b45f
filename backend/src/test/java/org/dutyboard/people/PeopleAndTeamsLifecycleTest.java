package org.dutyboard.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.Inputs;
import org.dutyboard.testing.StaleVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Editing people and teams as a scheduler would, and the edits that are refused. */
@QuarkusTest
class PeopleAndTeamsLifecycleTest {
  private static final String PERSON =
      "query($id: ID!) { person(id: $id) { handle name version } }";
  private static final String TEAM =
      "query($id: ID!) { team(id: $id) { name description version members { id } } }";
  private static final String UPDATE_PERSON =
      """
      mutation($id: ID!, $input: PersonInput!, $v: Int) {
        updatePerson(id: $id, input: $input, expectedVersion: $v) { handle name version }
      }""";
  private static final String UPDATE_TEAM =
      """
      mutation($id: ID!, $input: TeamInput!, $v: Int) {
        updateTeam(id: $id, input: $input, expectedVersion: $v) { name description version }
      }""";
  private static final String ADD_MEMBER =
      """
      mutation($team: ID!, $person: ID!, $v: Int) {
        addTeamMember(teamId: $team, personId: $person, expectedVersion: $v) { members { id } }
      }""";
  private static final String REMOVE_MEMBER =
      """
      mutation($team: ID!, $person: ID!, $v: Int) {
        removeTeamMember(teamId: $team, personId: $person, expectedVersion: $v) { members { id } }
      }""";

  private GraphQl scheduler;

  @BeforeEach
  void aScheduler() {
    scheduler = GraphQl.withToken(Fixtures.token("SCHEDULER"));
  }

  @Test
  void updatePersonRenamesKeepsHandlesUniqueAndRefusesStaleEdits() {
    String ana = Fixtures.person("ana");
    String taken = scheduler.ok(PERSON, "id", Fixtures.person("bo")).getString("person.handle");
    String handle = unique("ana-new");
    Map<String, Object> updated =
        scheduler
            .ok(UPDATE_PERSON, "id", ana, "input", person("Ana Lima", handle), "v", 0)
            .getMap("updatePerson");
    assertThat(updated).containsEntry("name", "Ana Lima").containsEntry("handle", handle);
    assertThat(scheduler.error(UPDATE_PERSON, "id", ana, "input", person("Ana", taken)))
        .containsEntry("code", "CONFLICT");
    assertThat(scheduler.error(UPDATE_PERSON, "id", ana, "input", person("Ana", handle), "v", 0))
        .as("someone else edited since version 0")
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "expectedVersion");
    assertThat(scheduler.ok(PERSON, "id", ana).getString("person.name"))
        .as("refused edits change nothing")
        .isEqualTo("Ana Lima");
  }

  @Test
  void updateTeamRenamesAndRefusesTakenNamesAndStaleEdits() {
    String team = Fixtures.team();
    String other = scheduler.ok(TEAM, "id", Fixtures.team()).getString("team.name");
    String name = unique("SRE Berlin");
    Map<String, Object> updated =
        scheduler
            .ok(
                UPDATE_TEAM,
                "id",
                team,
                "input",
                Map.of("name", name, "description", "Clinic duty"),
                "v",
                0)
            .getMap("updateTeam");
    assertThat(updated).containsEntry("name", name).containsEntry("description", "Clinic duty");
    assertThat(scheduler.error(UPDATE_TEAM, "id", team, "input", Map.of("name", other)))
        .containsEntry("code", "CONFLICT");
    assertThat(scheduler.error(UPDATE_TEAM, "id", team, "input", Map.of("name", "x"), "v", 0))
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "expectedVersion");
    assertThat(scheduler.ok(TEAM, "id", team).getString("team.name")).isEqualTo(name);
  }

  @Test
  void deletePersonRefusesAStaleVersionAndKeepsThePerson() {
    String ana = Fixtures.person("ana");
    String delete = "mutation($id: ID!, $v: Int) { deletePerson(id: $id, expectedVersion: $v) }";
    int version = scheduler.ok(PERSON, "id", ana).getInt("person.version");
    scheduler.ok(
        UPDATE_PERSON, "id", ana, "input", person("Ana Lima", unique("ana")), "v", version);

    assertThat(scheduler.error(delete, "id", ana, "v", version))
        .as("someone else edited since")
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "expectedVersion");
    assertThat(scheduler.ok(PERSON, "id", ana).getString("person.name")).isEqualTo("Ana Lima");
    assertThat(scheduler.ok(delete, "id", ana, "v", version + 1).getBoolean("deletePerson"))
        .isTrue();
  }

  @Test
  void removeTeamMemberTakesThemOffTheTeamOnly() {
    String team = Fixtures.team();
    String ana = Fixtures.person("ana");
    String bo = Fixtures.person("bo");
    Fixtures.addMember(team, ana);
    Fixtures.addMember(team, bo);
    int version = teamVersion(team);
    assertThat(
            scheduler
                .ok(REMOVE_MEMBER, "team", team, "person", ana, "v", version)
                .getList("removeTeamMember.members.id"))
        .containsExactly(bo);
    assertThat(scheduler.ok(PERSON, "id", ana).getMap("person")).as("still a person").isNotNull();
    assertThat(scheduler.error(REMOVE_MEMBER, "team", team, "person", ana))
        .as("not a member any more")
        .containsEntry("code", "NOT_FOUND");
  }

  @Test
  void membershipChangesRefuseAStaleTeamVersion() {
    String team = Fixtures.team();
    String ana = Fixtures.person("ana");
    String bo = Fixtures.person("bo");
    Fixtures.addMember(team, ana);
    Supplier<List<String>> members =
        () -> scheduler.ok(TEAM, "id", team).getList("team.members.id");

    StaleVersion.refusedThenApplied(
        scheduler, members, teamVersion(team), ADD_MEMBER, "team", team, "person", bo);
    assertThat(members.get()).containsExactlyInAnyOrder(ana, bo);
    StaleVersion.refusedThenApplied(
        scheduler, members, teamVersion(team), REMOVE_MEMBER, "team", team, "person", ana);
    assertThat(members.get()).containsExactly(bo);
  }

  @Test
  void deletePersonTakesThemOffTeamsButRefusesSomeoneOnARoster() {
    String team = Fixtures.team();
    String ana = Fixtures.person("ana");
    String bo = Fixtures.person("bo");
    Fixtures.addMember(team, ana);
    Fixtures.addMember(team, bo);
    Fixtures.setRoster(Inputs.aWeeklyRotation(team).withRoles("primary").create(), List.of(bo));
    String delete = "mutation($id: ID!) { deletePerson(id: $id) }";

    assertThat(scheduler.error(delete, "id", bo))
        .as("bo is on a roster")
        .containsEntry("code", "CONFLICT");
    assertThat(scheduler.ok(PERSON, "id", bo).getMap("person")).isNotNull();
    assertThat(GraphQl.withToken(Fixtures.token("RESPONDER")).error(delete, "id", ana))
        .containsEntry("code", "FORBIDDEN");

    assertThat(scheduler.ok(delete, "id", ana).getBoolean("deletePerson")).isTrue();
    assertThat(scheduler.error(PERSON, "id", ana)).containsEntry("code", "NOT_FOUND");
    assertThat(scheduler.ok(TEAM, "id", team).getList("team.members.id")).containsExactly(bo);
    assertThat(scheduler.error(delete, "id", ana)).containsEntry("code", "NOT_FOUND");
  }

  @Test
  void deleteTeamRemovesATeamThatOwnsNoRotation() {
    String team = Fixtures.team();
    String ana = Fixtures.person("ana");
    Fixtures.addMember(team, ana);
    String delete = "mutation($id: ID!) { deleteTeam(id: $id) }";

    assertThat(GraphQl.withToken(Fixtures.token("RESPONDER")).error(delete, "id", team))
        .containsEntry("code", "FORBIDDEN");
    assertThat(scheduler.ok(TEAM, "id", team).getMap("team")).isNotNull();

    assertThat(scheduler.ok(delete, "id", team).getBoolean("deleteTeam")).isTrue();
    assertThat(scheduler.error(TEAM, "id", team)).containsEntry("code", "NOT_FOUND");
    assertThat(scheduler.ok(PERSON, "id", ana).getMap("person"))
        .as("members stay people")
        .isNotNull();
    assertThat(scheduler.error(delete, "id", team)).containsEntry("code", "NOT_FOUND");
  }

  private int teamVersion(String team) {
    return scheduler.ok(TEAM, "id", team).getInt("team.version");
  }

  private static Map<String, Object> person(String name, String handle) {
    return Map.of("name", name, "handle", handle, "timeZone", "Europe/Berlin");
  }
}
