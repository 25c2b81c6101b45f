package org.dutyboard.incident.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dutyboard.incident.Responder;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Incident metrics over GraphQL on a known data set: three public incidents k = 1..3 started 30k
 * min before declaring, detected 10k min before, acknowledged on declare (the declarer takes IC),
 * mitigated 20k min and resolved 60k min after declaring; plus one private incident a viewer may
 * not see. Every number below follows from that.
 */
@QuarkusTest
class IncidentMetricsApiTest {
  static final Instant T0 = Instant.parse("2031-03-01T12:00:00Z");
  static final String METRICS =
      """
      query($from: DateTime!, $to: DateTime!) {
        incidentMetrics(from: $from, to: $to) {
          incidentCount privateIncidentsNotShown
          measures { measure incidentsWithData medianSeconds p90Seconds }
        }
      }""";

  @Inject MutableClock clock;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void medianAndP90FollowTheDocumentedFormulas() {
    Responder ic = Responder.responder();
    List<String> ids = new java.util.ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      Instant declared = T0.plus(Duration.ofHours(k));
      clock.set(declared);
      Map<String, Object> input = Responder.declaration(Fixtures.unique("outage"), "SEV2");
      input.put("startedAt", declared.minus(Duration.ofMinutes(30L * k)).toString());
      input.put("detectedAt", declared.minus(Duration.ofMinutes(10L * k)).toString());
      input.put("takeCoordinator", true);
      ids.add(ic.api().ok(Responder.DECLARE, "input", input).getString("declareIncident.id"));
    }
    Responder secretKeeper = Responder.with("RESPONDER", "SECURITY");
    clock.set(T0.plus(Duration.ofHours(4)));
    secretKeeper.declare("SEV1", "PRIVATE");

    clock.set(T0.plus(Duration.ofDays(1)));
    for (int k = 1; k <= 3; k++) {
      Instant declared = T0.plus(Duration.ofHours(k));
      String id = ids.get(k - 1);
      ic.api()
          .ok(
              Responder.TRANSITION,
              "id",
              id,
              "status",
              "MONITORING",
              "at",
              declared.plus(Duration.ofMinutes(20L * k)).toString());
      ic.api()
          .ok(
              Responder.TRANSITION,
              "id",
              id,
              "status",
              "RESOLVED",
              "at",
              declared.plus(Duration.ofMinutes(60L * k)).toString());
    }

    String viewer = Fixtures.token("VIEWER");
    JsonPath data =
        GraphQl.withToken(viewer)
            .ok(METRICS, "from", T0.toString(), "to", T0.plus(Duration.ofDays(1)).toString());
    assertThat(data.getInt("incidentMetrics.incidentCount")).isEqualTo(3);
    assertThat(data.getInt("incidentMetrics.privateIncidentsNotShown")).isEqualTo(1);
    Map<String, List<Integer>> expected =
        Map.of(
            "TIME_TO_DETECT", List.of(2400, 3600),
            "TIME_TO_ACKNOWLEDGE", List.of(1200, 1800),
            "TIME_TO_MITIGATE", List.of(6000, 9000),
            "TIME_TO_RESOLVE", List.of(10800, 16200));
    List<Map<String, Object>> measures = data.getList("incidentMetrics.measures");
    assertThat(measures).hasSize(4);
    for (Map<String, Object> m : measures) {
      List<Integer> want = expected.get((String) m.get("measure"));
      assertThat(m)
          .as("%s", m.get("measure"))
          .containsEntry("incidentsWithData", 3)
          .containsEntry("medianSeconds", want.get(0))
          .containsEntry("p90Seconds", want.get(1));
    }
  }
}
