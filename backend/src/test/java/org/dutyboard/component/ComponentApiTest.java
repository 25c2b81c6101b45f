package org.dutyboard.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ComponentApiTest {
  private static final String CREATE =
      """
      mutation($input: ComponentInput!) { createComponent(input: $input) { id name group version } }""";

  @Test
  void adminsManageTheCatalogueAndEveryoneReadsIt() {
    String name = Fixtures.unique("Login");
    Map<String, Object> input = Map.of("name", name, "group", "Accounts", "displayOrder", 3);
    assertThat(GraphQl.admin().ok(CREATE, "input", input).getString("createComponent.group"))
        .isEqualTo("Accounts");
    assertThat(GraphQl.admin().error(CREATE, "input", input))
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "name");
    assertThat(GraphQl.withToken(Fixtures.token("RESPONDER")).error(CREATE, "input", input))
        .containsEntry("code", "FORBIDDEN");
    List<String> names =
        GraphQl.anonymous().ok("{ components { name } }").getList("components.name");
    assertThat(names).contains(name);
  }

  @Test
  void updateComponentRenamesAndRegroupsOnlyAtTheVersionSeen() {
    String name = Fixtures.unique("Login");
    String id =
        GraphQl.admin()
            .ok(CREATE, "input", Map.of("name", name, "group", "Accounts"))
            .getString("createComponent.id");
    String taken = Fixtures.unique("Taken");
    GraphQl.admin().ok(CREATE, "input", Map.of("name", taken));
    String update =
        """
        mutation($id: ID!, $input: ComponentInput!, $v: Int) {
          updateComponent(id: $id, input: $input, expectedVersion: $v) { name group version }
        }""";
    String renamed = Fixtures.unique("Sign-in");

    assertThat(
            GraphQl.admin()
                .ok(update, "id", id, "input", Map.of("name", renamed, "group", "Identity"), "v", 0)
                .getMap("updateComponent"))
        .containsEntry("name", renamed)
        .containsEntry("group", "Identity")
        .containsEntry("version", 1);
    assertThat(GraphQl.admin().error(update, "id", id, "input", Map.of("name", "stale"), "v", 0))
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "expectedVersion");
    assertThat(GraphQl.admin().error(update, "id", id, "input", Map.of("name", taken), "v", 1))
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "name");
    assertThat(
            GraphQl.withToken(Fixtures.token("SCHEDULER"))
                .error(update, "id", id, "input", Map.of("name", "x"), "v", 1))
        .containsEntry("code", "FORBIDDEN");

    List<Map<String, Object>> shown =
        GraphQl.anonymous().ok("{ components { name group } }").getList("components");
    assertThat(shown)
        .contains(Map.of("name", renamed, "group", "Identity"))
        .noneMatch(c -> c.get("name").equals(name) || c.get("name").equals("stale"));
  }

  @Test
  void unknownComponentsAreRefusedWhenDeclaring() {
    String person = Fixtures.person("c");
    GraphQl responder = GraphQl.withToken(Fixtures.personToken(person, "RESPONDER"));
    Map<String, Object> error =
        responder.error(
            """
            mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }""",
            "input",
            Map.of(
                "title", "x",
                "severity", "SEV3",
                "componentIds", List.of("00000000-0000-0000-0000-000000000001")));
    assertThat(error).containsEntry("code", "NOT_FOUND").containsEntry("field", "componentIds");
  }
}
