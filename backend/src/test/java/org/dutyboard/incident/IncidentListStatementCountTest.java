package org.dutyboard.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dutyboard.followup.FollowUp;
import org.dutyboard.followup.FollowUpKind;
import org.dutyboard.followup.FollowUpPriority;
import org.dutyboard.followup.FollowUpStatus;
import org.dutyboard.incident.role.IncidentRole;
import org.dutyboard.incident.role.IncidentRoleAssignment;
import org.dutyboard.incident.timeline.TimelineEntry;
import org.dutyboard.incident.timeline.TimelineKind;
import org.dutyboard.people.Person;
import org.dutyboard.testing.GraphQl;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** The incident dashboard must not issue more SQL as incidents are added (no N+1). */
@QuarkusTest
class IncidentListStatementCountTest {
  private static final String DASHBOARD =
      """
      query($first: Int) {
        incidents(first: $first, statuses: [INVESTIGATING, IDENTIFIED, MONITORING]) {
          nodes {
            reference title severity status coordinator { handle } warnings { code }
            components { name } roles { role person { handle } }
            latestTimeline(count: 5) { kind text occurredAt }
            openFollowUpCount
          }
        }
      }""";

  @Inject EntityManagerFactory emf;

  @Test
  void listingFiveOrFiftyOpenIncidentsRunsTheSameNumberOfStatements() {
    seed(50);
    long forFive = statementsFor(5);
    long forFifty = statementsFor(50);
    assertThat(forFifty).isEqualTo(forFive);
    assertThat(forFive).isLessThanOrEqualTo(10);
  }

  private long statementsFor(int first) {
    GraphQl.admin().ok(DASHBOARD, "first", first); // warm up the token check
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    var data = GraphQl.admin().uncached().ok(DASHBOARD, "first", first);
    List<Integer> counts = data.getList("incidents.nodes.openFollowUpCount");
    assertThat(counts).hasSize(first).containsOnly(2);
    assertThat(data.getList("incidents.nodes.coordinator.handle")).doesNotContainNull();
    List<List<Object>> latest = data.getList("incidents.nodes.latestTimeline");
    assertThat(latest).allSatisfy(entries -> assertThat(entries).hasSize(5));
    return stats.getPrepareStatementCount();
  }

  /** Incidents declared in the far future, so they head the newest-first list. */
  @Transactional
  void seed(int count) {
    Instant base = Instant.parse("2099-01-01T00:00:00Z");
    Person ic = new Person();
    ic.id = UUID.randomUUID();
    ic.name = "Load IC";
    ic.handle = "load-ic-" + ic.id;
    ic.timeZone = "UTC";
    ic.createdAt = base;
    ic.updatedAt = base;
    ic.persist();
    long number = 9_000_000_000L + System.nanoTime() % 1_000_000_000L * 100;
    for (int n = 0; n < count; n++) {
      Instant declared = base.plusSeconds(3600L * (n + 1) + System.nanoTime() % 1000);
      Incident i = new Incident();
      i.id = UUID.randomUUID();
      i.number = number + n;
      i.title = "load " + n;
      i.severity = Severity.SEV2;
      i.status = IncidentStatus.INVESTIGATING;
      i.visibility = Visibility.PUBLIC;
      i.audiences = "READERS";
      i.declareCriteria = "";
      i.teamInvolvement = TeamInvolvement.STARTED;
      i.declaredAt = declared;
      i.declaredBy = ic.handle;
      i.declaredByPersonId = ic.id;
      i.updatedAt = declared;
      i.persist();
      IncidentRoleAssignment role = new IncidentRoleAssignment();
      role.id = UUID.randomUUID();
      role.incidentId = i.id;
      role.role = IncidentRole.COORDINATOR;
      role.personId = ic.id;
      role.assumedAt = declared;
      role.persist();
      for (int e = 0; e < 7; e++) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.incidentId = i.id;
        entry.kind = TimelineKind.ACTION;
        entry.occurredAt = declared.plusSeconds(e);
        entry.writtenAt = entry.occurredAt;
        entry.author = ic.handle;
        entry.text = "step " + e;
        entry.persist();
      }
      for (int f = 0; f < 3; f++) {
        FollowUp task = new FollowUp();
        task.id = UUID.randomUUID();
        task.incidentId = i.id;
        task.title = "task " + f;
        task.priority = FollowUpPriority.MEDIUM;
        task.kind = FollowUpKind.PREVENTIVE;
        task.tags = "";
        task.status = f == 2 ? FollowUpStatus.DONE : FollowUpStatus.OPEN;
        task.createdAt = declared;
        task.updatedAt = declared;
        task.persist();
      }
    }
  }
}
