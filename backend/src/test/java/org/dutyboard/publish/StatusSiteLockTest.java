package org.dutyboard.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.dutyboard.testing.AdvisoryLocks;
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
    AdvisoryLocks.whileHeldElsewhere(
        dataSource,
        StatusSitePublisher.LOCK_KEY,
        () ->
            assertThat(publisher.publish().outcome())
                .isEqualTo(StatusSitePublishOutcome.LOCKED_ELSEWHERE));
    assertThat(publisher.publish().outcome())
        .isIn(StatusSitePublishOutcome.PUBLISHED, StatusSitePublishOutcome.UNCHANGED);
  }

  @Test
  @Transactional
  void assemblingTakesNineQueriesWhateverTheData() {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    assembler.assemble(); // records the status of components new since the last publish
    stats.clear();
    assembler.assemble();
    long before = stats.getPrepareStatementCount();
    Fixtures.incident("PUBLIC");
    String component = Fixtures.component();
    GraphQl.withToken(Fixtures.token("SCHEDULER"))
        .ok(
            """
            mutation($input: MaintenanceWindowInput!) { scheduleMaintenanceWindow(input: $input) { id } }""",
            "input",
            Map.of(
                "title", "Counted",
                "message", "Planned work.",
                "plannedStart", "2099-02-01T00:00:00Z",
                "plannedEnd", "2099-02-01T01:00:00Z",
                "componentIds", List.of(component)));
    assembler.assemble(); // one more statement: the new component's status is recorded
    stats.clear();
    assembler.assemble();
    assertThat(stats.getPrepareStatementCount()).isEqualTo(before).isEqualTo(9);
  }
}
