package org.dutyboard.incident.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dutyboard.incident.Responder;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** A timeline page of a 50,000-entry incident is an index range scan, in both orders. */
@QuarkusTest
class TimelineIndexTest {
  private static final Logger LOG = Logger.getLogger(TimelineIndexTest.class);
  private static final int ENTRIES = 50_000;

  @Inject EntityManager em;

  @Test
  void aPageOfAHugeTimelineIsAnIndexRangeScan() {
    Responder ana = Responder.responder();
    String id = ana.declare("SEV3", "PUBLIC");
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    seed(UUID.fromString(id), start);

    for (String sql :
        List.of(TimelineQueries.PAGE_NEWEST_FIRST, TimelineQueries.PAGE_OLDEST_FIRST)) {
      String plan = explain(sql, UUID.fromString(id), start.plusSeconds(ENTRIES / 2));
      LOG.infof("Timeline page plan:%n%s", plan);
      assertThat(plan).contains("timeline_entry_page_idx").doesNotContain("Seq Scan");
      assertThat(plan).doesNotContain("Sort");
    }

    String page =
        """
        query($id: ID!, $after: String) {
          incidentTimeline(incidentId: $id, first: 100, after: $after) {
            nodes { text } pageInfo { endCursor }
          }
        }""";
    JsonPath first = ana.api().ok(page, "id", id);
    String cursor = first.getString("incidentTimeline.pageInfo.endCursor");
    long began = System.nanoTime();
    JsonPath second = ana.api().ok(page, "id", id, "after", cursor);
    long millis = (System.nanoTime() - began) / 1_000_000;
    LOG.infof(
        "Second page of 100 entries of a %d-entry timeline over HTTP: %d ms", ENTRIES, millis);
    assertThat(second.getList("incidentTimeline.nodes.text")).hasSize(100);
  }

  @Transactional
  void seed(UUID incident, Instant start) {
    em.createNativeQuery(
            "insert into timeline_entry (id, incident_id, kind, occurred_at, written_at, author,"
                + " text) select gen_random_uuid(), :incident, 'ACTION', cast(:start as timestamptz) + n * interval '1"
                + " second', cast(:start as timestamptz) + n * interval '1 second', 'load', 'entry ' || n"
                + " from generate_series(1, :count) n")
        .setParameter("incident", incident)
        .setParameter("start", start)
        .setParameter("count", ENTRIES)
        .executeUpdate();
    em.createNativeQuery("analyze timeline_entry").executeUpdate();
  }

  @Transactional
  String explain(String sql, UUID incident, Instant at) {
    @SuppressWarnings("unchecked")
    List<String> lines =
        em.createNativeQuery("explain " + sql)
            .setParameter("incident", incident)
            .setParameter("at", at)
            .setParameter("id", UUID.randomUUID())
            .setParameter("limit", 101)
            .getResultList();
    return String.join("\n", lines);
  }
}
