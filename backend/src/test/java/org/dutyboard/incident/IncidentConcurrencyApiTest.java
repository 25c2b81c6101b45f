package org.dutyboard.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

/** Two responders updating one incident never lose an update silently. */
@QuarkusTest
class IncidentConcurrencyApiTest {
  private static final String UPDATE =
      """
      mutation($id: ID!, $summary: String, $v: Int) {
        updateIncident(id: $id, input: {summary: $summary}, expectedVersion: $v) { summary version }
      }""";
  private static final String GET = "query($id: ID!) { incident(id: $id) { summary version } }";

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    Responder ana = Responder.responder();
    String id = ana.declare("SEV3", "PUBLIC");
    int version = ana.api().ok(GET, "id", id).getInt("incident.version");
    ana.api().ok(UPDATE, "id", id, "summary", "first", "v", version);
    Map<String, Object> error =
        ana.api().error(UPDATE, "id", id, "summary", "second", "v", version);
    assertThat(error).containsEntry("code", "CONFLICT").containsEntry("field", "expectedVersion");
    assertThat(ana.api().ok(GET, "id", id).getString("incident.summary")).isEqualTo("first");
  }

  @Test
  void concurrentUpdatesOfTheSameVersionHaveExactlyOneWinner() throws Exception {
    Responder ana = Responder.responder();
    String id = ana.declare("SEV3", "PUBLIC");
    int version = ana.api().ok(GET, "id", id).getInt("incident.version");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<JsonPath>> results = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String summary = "summary " + i;
      Callable<JsonPath> update =
          () -> ana.api().execute(UPDATE, "id", id, "summary", summary, "v", version);
      results.add(pool.submit(update));
    }
    List<String> winners = new ArrayList<>();
    int conflicts = 0;
    for (Future<JsonPath> result : results) {
      JsonPath response = result.get();
      if (response.getList("errors") == null) {
        winners.add(response.getString("data.updateIncident.summary"));
      } else {
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        conflicts++;
      }
    }
    pool.shutdown();
    assertThat(winners).hasSize(1);
    assertThat(conflicts).isEqualTo(5);
    assertThat(GraphQl.admin().ok(GET, "id", id).getString("incident.summary"))
        .isEqualTo(winners.get(0));
  }
}
