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
