package org.dutyboard.rotation.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.dutyboard.people.Person;
import org.dutyboard.people.Team;
import org.dutyboard.rotation.RosterEntry;
import org.dutyboard.rotation.RosterVersion;
import org.dutyboard.rotation.Rotation;
import org.dutyboard.rotation.RotationRole;
import org.dutyboard.testing.GraphQl;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** onCall must not issue more SQL as rotations are added (no N+1). */
@QuarkusTest
class OnCallStatementCountTest {
  @Inject EntityManagerFactory emf;

  private static final String ON_CALL =
      """
      query($team: ID) {
        onCall(at: "2026-06-01T12:00:00Z", teamId: $team) {
          rotation { name team { name } roles { name } roster { handle } }
          role person { handle timeZone } shiftStart shiftEnd
        }
      }""";

  @Test
  void statementCountDoesNotGrowFromTenToTwoHundredRotations() {
    UUID small = seedTeamWithRotations(10);
    UUID large = seedTeamWithRotations(200);

    long forTen = statementsFor(small, 10 * 3);
    long forTwoHundred = statementsFor(large, 200 * 3);
    assertThat(forTwoHundred).isEqualTo(forTen);
    // rotations, roles, roster versions and entries, skips, overrides, trades, explicit
    // assignments, people, teams, and the API token check.
    assertThat(forTen).isLessThanOrEqualTo(11);
  }

  private long statementsFor(UUID team, int expectedEntries) {
    GraphQl.admin().ok(ON_CALL, "team", team.toString()); // warm up caches and the token check
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    int entries =
        GraphQl.admin().uncached().ok(ON_CALL, "team", team.toString()).getList("onCall").size();
    assertThat(entries).isEqualTo(expectedEntries);
    return stats.getPrepareStatementCount();
  }

  @Transactional
  UUID seedTeamWithRotations(int count) {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    Team team = new Team();
    team.id = UUID.randomUUID();
    team.name = "load-" + team.id;
    team.createdAt = now;
    team.updatedAt = now;
    team.persist();
    Person[] people = new Person[4];
    for (int i = 0; i < people.length; i++) {
      people[i] = new Person();
      people[i].id = UUID.randomUUID();
      people[i].name = "Load " + i;
      people[i].handle = "load-" + i + "-" + team.id;
      people[i].timeZone = "UTC";
      people[i].createdAt = now;
      people[i].updatedAt = now;
      people[i].persist();
    }
    for (int r = 0; r < count; r++) {
      Rotation rotation = new Rotation();
      rotation.id = UUID.randomUUID();
      rotation.teamId = team.id;
      rotation.name = "rotation " + r;
      rotation.timeZone = "America/Chicago";
      rotation.startsOn = LocalDate.of(2026, 1, 1);
      rotation.handoffTime = LocalTime.of(10, 0);
      rotation.handoffDay = 2;
      rotation.shiftLengthDays = 7;
      rotation.createdAt = now;
      rotation.updatedAt = now;
      rotation.persist();
      String[] roles = {"primary", "secondary", "tertiary"};
      for (int i = 0; i < roles.length; i++) {
        RotationRole role = new RotationRole();
        role.id = UUID.randomUUID();
        role.rotationId = rotation.id;
        role.position = i;
        role.name = roles[i];
        role.rosterOffset = i;
        role.persist();
      }
      RosterVersion version = new RosterVersion();
      version.id = UUID.randomUUID();
      version.rotationId = rotation.id;
      version.author = "test";
      version.createdAt = now;
      version.persist();
      for (int i = 0; i < people.length; i++) {
        RosterEntry entry = new RosterEntry();
        entry.rosterVersionId = version.id;
        entry.id = UUID.randomUUID();
        entry.rotationId = rotation.id;
        entry.position = i;
        entry.personId = people[i].id;
        entry.persist();
      }
    }
    return team.id;
  }
}
