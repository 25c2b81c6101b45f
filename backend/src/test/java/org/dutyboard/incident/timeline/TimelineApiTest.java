package org.dutyboard.incident.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dutyboard.incident.Responder;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineApiTest {
  private static final String PAGE =
      """
      query($id: ID!, $order: TimelineOrder, $first: Int, $after: String) {
        incidentTimeline(incidentId: $id, order: $order, first: $first, after: $after) {
          nodes { id kind text occurredAt correctsEntryId }
          pageInfo { hasNextPage endCursor }
        }
      }""";

  @Test
  void pagesNewestOrOldestFirstAndEntriesMayBeBackdated() {
    Responder ana = Responder.responder();
    String id = ana.declare("SEV3", "PUBLIC");
    String declaredAt =
        ana.api().ok(PAGE, "id", id).getString("incidentTimeline.nodes[0].occurredAt");
    for (int i = 0; i < 5; i++) {
      ana.api().ok(Responder.LOG, "id", id, "input", Map.of("kind", "ACTION", "text", "step " + i));
    }
    ana.api()
        .ok(
            Responder.LOG,
            "id",
            id,
            "input",
            Map.of(
                "kind", "OBSERVATION",
                "text", "errors began",
                "occurredAt", java.time.Instant.parse(declaredAt).minusSeconds(600).toString()));

    List<String> oldestFirst = walk(ana, id, "OLDEST_FIRST");
    assertThat(oldestFirst)
        .containsExactly(
            "errors began", "Declared", "step 0", "step 1", "step 2", "step 3", "step 4");
    List<String> newestFirst = walk(ana, id, "NEWEST_FIRST");
    List<String> reversed = new ArrayList<>(oldestFirst);
    java.util.Collections.reverse(reversed);
    assertThat(newestFirst).containsExactlyElementsOf(reversed);
  }

  @Test
  void correctionsAreNewEntriesReferringToTheOldOne() {
    Responder ana = Responder.responder();
    String id = ana.declare("SEV3", "PUBLIC");
    String wrong = ana.log(id, "ACTION", "restarted db1001");
    ana.api()
        .ok(
            Responder.LOG,
            "id",
            id,
            "input",
            Map.of(
                "kind", "ACTION", "text", "correction: it was db1002", "correctsEntryId", wrong));
    JsonPath page = ana.api().ok(PAGE, "id", id, "first", 2);
    assertThat(page.getString("incidentTimeline.nodes[0].correctsEntryId")).isEqualTo(wrong);
    assertThat(page.getString("incidentTimeline.nodes[1].text")).isEqualTo("restarted db1001");

    String other = ana.declare("SEV3", "PUBLIC");
    assertThat(
            ana.api()
                .error(
                    Responder.LOG,
                    "id",
                    other,
                    "input",
                    Map.of("kind", "ACTION", "text", "x", "correctsEntryId", wrong)))
        .containsEntry("code", "NOT_FOUND")
        .containsEntry("field", "correctsEntryId");
    assertThat(
            ana.api()
                .error(
                    Responder.LOG, "id", id, "input", Map.of("kind", "STATUS_CHANGE", "text", "x")))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "kind");
    assertThat(
            ana.api()
                .error(Responder.LOG, "id", id, "input", Map.of("kind", "ACTION", "text", "  ")))
        .containsEntry("field", "text");
    assertThat(
            ana.api()
                .error(
                    Responder.LOG,
                    "id",
                    id,
                    "input",
                    Map.of("kind", "ACTION", "text", "x".repeat(10_001))))
        .containsEntry("code", "VALIDATION");
  }

  @Test
  void appendsFromManyClientsAtOnceAllLand() throws Exception {
    Responder ana = Responder.responder();
    String id = ana.declare("SEV2", "PUBLIC");
    List<Responder> clients = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Responder r = Responder.responder();
      ana.assign(id, "RESPONDER", r.personId());
      clients.add(r);
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<String>> writes = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      Responder client = clients.get(i % clients.size());
      int n = i;
      writes.add(pool.submit(() -> client.log(id, "ACTION", "parallel " + n)));
    }
    for (Future<String> write : writes) {
      assertThat(write.get(60, TimeUnit.SECONDS)).isNotBlank();
    }
    pool.shutdown();
    List<String> texts = walk(ana, id, "OLDEST_FIRST");
    assertThat(texts.stream().filter(t -> t.startsWith("parallel "))).hasSize(80);
  }

  private static List<String> walk(Responder who, String id, String order) {
    List<String> texts = new ArrayList<>();
    String after = null;
    do {
      JsonPath page = who.api().ok(PAGE, "id", id, "order", order, "first", 3, "after", after);
      List<String> kinds = page.getList("incidentTimeline.nodes.kind");
      List<String> batch = page.getList("incidentTimeline.nodes.text");
      for (int i = 0; i < batch.size(); i++) {
        if (kinds.get(i).equals("ROLE_CHANGE")) {
          continue;
        }
        texts.add(kinds.get(i).equals("DECLARED") ? "Declared" : batch.get(i));
      }
      after =
          page.getBoolean("incidentTimeline.pageInfo.hasNextPage")
              ? page.getString("incidentTimeline.pageInfo.endCursor")
              : null;
    } while (after != null);
    return texts;
  }
}
