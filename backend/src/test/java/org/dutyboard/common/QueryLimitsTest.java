package org.dutyboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

/** Runaway queries are refused before they reach the database. */
@QuarkusTest
class QueryLimitsTest {
  @Test
  void aQueryOverTheComplexityLimitIsRefused() {
    String fields =
        IntStream.range(0, 200)
            .mapToObj(i -> "r" + i + ": rotations { nodes { id name } }")
            .collect(Collectors.joining("\n"));
    String response = GraphQl.admin().execute("{ " + fields + " }").prettify();
    assertThat(response).contains("complexity").doesNotContain("\"nodes\"");
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
