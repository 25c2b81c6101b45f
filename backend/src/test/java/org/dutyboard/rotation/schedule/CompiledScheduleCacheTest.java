package org.dutyboard.rotation.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The compiled-schedule cache never answers with a schedule older than the last commit: a change
 * written behind the service's back (as another replica would, in its own transaction) shows in the
 * very next onCall, and an unchanged rotation is answered without reloading its layers.
 */
@QuarkusTest
class CompiledScheduleCacheTest {
  private static final String AT = "2026-06-01T12:00:00Z";
  private static final String ON_CALL =
      "query($team: ID) { onCall(at: \"" + AT + "\", teamId: $team) { person { handle } source } }";

  @Inject EntityManager em;
  @Inject EntityManagerFactory emf;

  @Test
  void aChangeCommittedElsewhereShowsInTheNextAnswer() {
    String[] ids = seedRotation();
    String team = ids[0];
    JsonPath before = GraphQl.admin().ok(ON_CALL, "team", team);
    assertThat(before.getString("onCall[0].source")).isEqualTo("ROTATION");

    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    GraphQl.admin().uncached().ok(ON_CALL, "team", team);
    // token check, rotations (with their versions), people, teams: no schedule layer reloaded
    assertThat(stats.getPrepareStatementCount()).isLessThanOrEqualTo(4);

    // Another replica replaces the holder and, in the same transaction, bumps the version.
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery(
                      "insert into schedule_override (id, rotation_id, role, kind, person_id,"
                          + " starts_at, ends_at, reason, author, created_at)"
                          + " values (?1, ?2, 'primary', 'REPLACE', ?3, ?4, ?5, 'swap', 'x', ?4)")
                  .setParameter(1, UUID.randomUUID())
                  .setParameter(2, UUID.fromString(ids[1]))
                  .setParameter(3, UUID.fromString(ids[2]))
                  .setParameter(4, Instant.parse("2026-06-01T00:00:00Z"))
                  .setParameter(5, Instant.parse("2026-06-02T00:00:00Z"))
                  .executeUpdate();
              em.createNativeQuery("update rotation set version = version + 1 where id = ?1")
                  .setParameter(1, UUID.fromString(ids[1]))
                  .executeUpdate();
            });

    JsonPath after = GraphQl.admin().ok(ON_CALL, "team", team);
    assertThat(after.getString("onCall[0].source")).isEqualTo("OVERRIDE");
    assertThat(after.getString("onCall[0].person.handle")).startsWith("stand-in-");
  }

  /** A team with a weekly one-role rotation of two people, and a third person off the roster. */
  private static String[] seedRotation() {
    String team = Fixtures.team();
    List<String> people = Fixtures.people(2);
    Map<String, Object> input = Fixtures.rotationInput(team);
    input.put("roles", List.of(Map.of("name", "primary")));
    String rotation = Fixtures.rotation(input);
    Fixtures.setRoster(rotation, people);
    return new String[] {team, rotation, Fixtures.person("stand-in")};
  }
}
