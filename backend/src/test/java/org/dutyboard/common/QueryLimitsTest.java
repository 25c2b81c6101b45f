package org.dutyboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

/** Runaway queries are refused before they reach the database; tools can still introspect. */
@QuarkusTest
class QueryLimitsTest {
  @Test
  void aQueryOverTheCostBudgetIsRefused() {
    String fields =
        IntStream.range(0, 200)
            .mapToObj(i -> "r" + i + ": rotations { nodes { id name } }")
            .collect(Collectors.joining("\n"));
    Map<String, Object> error = GraphQl.admin().error("{ " + fields + " }");
    assertThat(error).containsEntry("code", "VALIDATION").containsEntry("field", "query");
    assertThat((String) error.get("message")).contains("budget of 500");
  }

  @Test
  void manyAliasedCopiesOfAnExpensiveFieldAreRefusedBeforeRunning() {
    String copies =
        IntStream.range(0, 240)
            .mapToObj(i -> "c" + i + ": onCall { role person { handle } }")
            .collect(Collectors.joining("\n"));
    String response = GraphQl.admin().execute("{ " + copies + " }").prettify();
    assertThat(response).contains("\"VALIDATION\"").contains("budget").doesNotContain("\"c0\"");
  }

  @Test
  void theStandardIntrospectionQueryOfGraphqlJsIsAnswered() throws IOException {
    String introspection;
    try (InputStream in =
        getClass().getResourceAsStream("/graphql/introspection-graphql-js.graphql")) {
      introspection = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var schema = GraphQl.anonymous().ok(introspection);
    assertThat(schema.getString("__schema.queryType.name")).isEqualTo("Query");
    assertThat(schema.getList("__schema.types")).hasSizeGreaterThan(50);
  }

  @Test
  void anOrdinaryDashboardQueryIsWellWithinTheLimits() {
    GraphQl.admin()
        .ok(
            """
            {
              onCall { rotation { name team { name } roles { name } roster { handle } }
                       role person { handle } shiftStart shiftEnd }
              rotations(first: 100) { nodes { id name } pageInfo { hasNextPage endCursor } }
            }""");
  }
}
