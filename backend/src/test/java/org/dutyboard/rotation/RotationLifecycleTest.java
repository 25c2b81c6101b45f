package org.dutyboard.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.people;
import static org.dutyboard.testing.Fixtures.rotation;
import static org.dutyboard.testing.Fixtures.rotationInput;
import static org.dutyboard.testing.Fixtures.setRoster;
import static org.dutyboard.testing.Fixtures.team;
import static org.dutyboard.testing.Fixtures.token;
import static org.dutyboard.testing.Inputs.aWeeklyRotation;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

/** Changing and deleting a rotation as a scheduler would, and the changes that are refused. */
@QuarkusTest
class RotationLifecycleTest {
  private static final String ROTATION =
      """
      query($id: ID!) {
        rotation(id: $id) { name handoffTime timeZone version roles { name } roster { id } }
      }""";
  private static final String UPDATE =
      """
      mutation($id: ID!, $input: RotationInput!, $v: Int) {
        updateRotation(id: $id, input: $input, expectedVersion: $v) {
          name handoffTime version roles { name }
        }
      }""";
  private static final String DELETE =
      "mutation($id: ID!, $v: Int) { deleteRotation(id: $id, expectedVersion: $v) }";

  @Test
  void updateRotationChangesSettingsAndRolesAndKeepsTheRoster() {
    // Not started yet: once shifts have run, only the name and description may change.
    Map<String, Object> input = aWeeklyRotation(team()).startingOn("2037-03-03").build();
    String rotation = rotation(input);
    List<String> crew = people(3);
    int version = setRoster(rotation, crew);
    input.put("name", "Clinic duty");
    input.put("handoffTime", "09:30");
    input.put("roles", List.of(Map.of("name", "primary"), Map.of("name", "shadow")));

    Map<String, Object> updated =
        GraphQl.admin()
            .ok(UPDATE, "id", rotation, "input", input, "v", version)
            .getMap("updateRotation");

    assertThat(updated).containsEntry("name", "Clinic duty").containsEntry("handoffTime", "09:30");
    Map<String, Object> read = GraphQl.admin().ok(ROTATION, "id", rotation).getMap("rotation");
    assertThat(read).containsEntry("name", "Clinic duty").containsEntry("handoffTime", "09:30");
    assertThat(GraphQl.admin().ok(ROTATION, "id", rotation).getList("rotation.roles.name"))
        .containsExactly("primary", "shadow");
    assertThat(GraphQl.admin().ok(ROTATION, "id", rotation).getList("rotation.roster.id"))
        .containsExactlyElementsOf(crew);
  }

  @Test
  void staleOrBadUpdatesChangeNothing() {
    Map<String, Object> input = rotationInput(team());
    String rotation = rotation(input);
    int version = GraphQl.admin().ok(ROTATION, "id", rotation).getInt("rotation.version");
    String name = (String) input.get("name");

    input.put("name", "Renamed");
    assertThat(GraphQl.admin().error(UPDATE, "id", rotation, "input", input, "v", version + 1))
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "expectedVersion");
    input.put("handoffTime", "25:99");
    assertThat(GraphQl.admin().error(UPDATE, "id", rotation, "input", input, "v", version))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "handoffTime");
    assertThat(
            GraphQl.withToken(token("RESPONDER"))
                .error(UPDATE, "id", rotation, "input", rotationInput(team()), "v", version))
        .containsEntry("code", "FORBIDDEN");

    Map<String, Object> read = GraphQl.admin().ok(ROTATION, "id", rotation).getMap("rotation");
    assertThat(read)
        .containsEntry("name", name)
        .containsEntry("handoffTime", "10:00")
        .containsEntry("version", version);
  }

  @Test
  void deleteRotationRemovesItOnlyAtTheVersionYouSaw() {
    String team = team();
    String rotation = rotation(rotationInput(team));
    int version = setRoster(rotation, people(3));

    assertThat(GraphQl.admin().error(DELETE, "id", rotation, "v", version - 1))
        .containsEntry("code", "CONFLICT");
    assertThat(GraphQl.admin().ok(ROTATION, "id", rotation).getMap("rotation"))
        .as("a stale delete changes nothing")
        .isNotNull();
    assertThat(GraphQl.admin().error("mutation($id: ID!) { deleteTeam(id: $id) }", "id", team))
        .as("the team still owns the rotation")
        .containsEntry("code", "CONFLICT");

    assertThat(
            GraphQl.admin().ok(DELETE, "id", rotation, "v", version).getBoolean("deleteRotation"))
        .isTrue();
    assertThat(GraphQl.admin().error(ROTATION, "id", rotation)).containsEntry("code", "NOT_FOUND");
    assertThat(GraphQl.admin().error(DELETE, "id", rotation, "v", null))
        .containsEntry("code", "NOT_FOUND");
  }
}
