package org.dutyboard.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** One generator at a time across replicas, and a fixed number of queries whatever the data. */
@QuarkusTest
class StatusSiteLockTest {
  @Inject StatusSitePublisher publisher;
  @Inject StatusSnapshotAssembler assembler;
  @Inject AgroalDataSource dataSource;
  @Inject EntityManagerFactory emf;

  @Test
  void anotherReplicaHoldingTheLockMeansNothingIsDoneHere() throws Exception {
    try (Connection other = dataSource.getConnection()) {
      try (PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?)")) {
        lock.setLong(1, StatusSitePublisher.LOCK_KEY);
        lock.execute();
      }
      try {
        assertThat(publisher.publish().outcome()).isEqualTo(PublishOutcome.LOCKED_ELSEWHERE);
      } finally {
        try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
          unlock.setLong(1, StatusSitePublisher.LOCK_KEY);
          unlock.execute();
        }
      }
    }
    assertThat(publisher.publish().outcome())
        .isIn(PublishOutcome.PUBLISHED, PublishOutcome.UNCHANGED);
  }

  @Test
  @Transactional
  void assemblingTakesEightQueriesWhateverTheData() {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    assembler.assemble();
    long before = stats.getPrepareStatementCount();
    Fixtures.incident("PUBLIC");
    String component = Fixtures.component();
    GraphQl.withToken(Fixtures.token("SCHEDULER"))
        .ok(
            """
            mutation($input: MaintenanceInput!) { scheduleMaintenance(input: $input) { id } }""",
            "input",
            Map.of(
                "title", "Counted",
                "message", "Planned work.",
                "plannedStart", "2099-02-01T00:00:00Z",
                "plannedEnd", "2099-02-01T01:00:00Z",
                "componentIds", List.of(component)));
    stats.clear();
    assembler.assemble();
    assertThat(stats.getPrepareStatementCount()).isEqualTo(before).isEqualTo(8);
  }
}
