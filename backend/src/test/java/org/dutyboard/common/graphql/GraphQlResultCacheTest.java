package org.dutyboard.common.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.Inputs;
import org.dutyboard.testing.MutableClock;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Repeated queries are answered from memory, and never with stale or someone else's data. */
@QuarkusTest
class GraphQlResultCacheTest {
  static final String TEAM = "query($id: ID!) { team(id: $id) { id name version } }";
  private static final String INCIDENTS =
      """
      { incidents(first: 100, statuses: [INVESTIGATING]) { nodes { id title } } }""";
  private static final String RENAME =
      """
      mutation($id: ID!, $name: String!) {
        updateTeam(id: $id, input: { name: $name }) { name }
      }""";

  @Inject MutableClock clock;
  @Inject MeterRegistry registry;
  @Inject AgroalDataSource dataSource;
  @Inject EntityManagerFactory emf;

  @BeforeEach
  void fixTheClock() {
    clock.set(Instant.parse("2026-06-01T12:00:00Z")); // max-age counts on this clock, not the wall
  }

  @AfterEach
  void resetTheClock() {
    clock.reset();
  }

  @Test
  void aRepeatedQueryGetsTheSameBytesWithoutExecuting() {
    String team = Fixtures.team();
    Response first = post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of());
    double hits = count(registry, "hit");
    Response second = post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of());

    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.asByteArray()).isEqualTo(first.asByteArray());
    assertThat(second.header("ETag")).isNotBlank().isEqualTo(first.header("ETag"));
    assertThat(second.contentType()).isEqualTo(first.contentType());
    assertThat(count(registry, "hit")).isEqualTo(hits + 1);
  }

  @Test
  void aRepeatedQueryWithAnApiTokenNeedsNoTokenLookup() {
    String team = Fixtures.team();
    post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of());
    post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of()); // answer and token now kept
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    Response third = post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of());
    assertThat(third.jsonPath().getString("data.team.id")).isEqualTo(team);
    // no token lookup (the benchmark's pg_stat_statements shows the one version read left)
    assertThat(stats.getPrepareStatementCount()).as("statements through Hibernate").isZero();
  }

  @Test
  void aMutationByAnotherCallerIsSeenAtOnce() {
    String team = Fixtures.team();
    String viewer = Fixtures.token("VIEWER");
    post(viewer, TEAM, Map.of("id", team), Map.of());
    post(viewer, TEAM, Map.of("id", team), Map.of()); // now kept

    String renamed = Fixtures.unique("renamed");
    GraphQl.admin().ok(RENAME, "id", team, "name", renamed);

    assertThat(
            post(viewer, TEAM, Map.of("id", team), Map.of()).jsonPath().getString("data.team.name"))
        .isEqualTo(renamed);
  }

  @Test
  void aChangeCommittedByAnotherTransactionIsSeenAtOnce() throws Exception {
    String team = Fixtures.team();
    post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of());
    post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of()); // now kept
    String renamed = Fixtures.unique("by-sql");
    // What another replica's transaction does: plain SQL on its own connection, committed.
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement update =
          connection.prepareStatement("update team set name = ? where id = ?")) {
        update.setString(1, renamed);
        update.setObject(2, UUID.fromString(team));
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
      connection.commit();
    }

    assertThat(
            post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of())
                .jsonPath()
                .getString("data.team.name"))
        .isEqualTo(renamed);
  }

  @Test
  void aPrivateIncidentKeptForItsDeclarerIsNeverServedToAnotherCaller() {
    String declarer = Fixtures.personToken(Fixtures.person("decl"), "RESPONDER");
    String outsider = Fixtures.personToken(Fixtures.person("out"), "RESPONDER");
    String id =
        Fixtures.declare(GraphQl.withToken(declarer), Inputs.anIncident("SEV2").visible("PRIVATE"));
    post(declarer, INCIDENTS, Map.of(), Map.of());
    double hits = count(registry, "hit");
    Response kept = post(declarer, INCIDENTS, Map.of(), Map.of());
    assertThat(count(registry, "hit")).as("the declarer's answer is kept").isEqualTo(hits + 1);
    assertThat(kept.jsonPath().getList("data.incidents.nodes.id")).contains(id);

    // Same document and roles, another person; a machine token; every anonymous caller.
    for (String other : new String[] {outsider, Fixtures.token("RESPONDER")}) {
      for (int i = 0; i < 2; i++) {
        List<String> seen =
            post(other, INCIDENTS, Map.of(), Map.of())
                .jsonPath()
                .getList("data.incidents.nodes.id");
        assertThat(seen).doesNotContain(id);
      }
    }
    for (int i = 0; i < 2; i++) {
      Response anonymous = post(null, INCIDENTS, Map.of(), Map.of());
      assertThat(anonymous.asString()).doesNotContain(id).contains("UNAUTHENTICATED");
    }
    Response rejected = post("not-a-token", INCIDENTS, Map.of(), Map.of());
    assertThat(rejected.asString()).doesNotContain(id).contains("UNAUTHENTICATED");
  }

  @Test
  void anAnswerExpiresAfterMaxAgeWithoutAnyChange() {
    String team = Fixtures.team();
    post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of());
    double hits = count(registry, "hit");
    clock.set(Instant.parse("2026-06-01T12:00:00.999Z"));
    post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of());
    assertThat(count(registry, "hit")).as("within max-age (PT1S)").isEqualTo(hits + 1);

    clock.set(Instant.parse("2026-06-01T12:00:01Z"));
    post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of());
    assertThat(count(registry, "hit")).as("max-age reached").isEqualTo(hits + 1);
    clock.set(Instant.parse("2026-06-01T11:00:00Z"));
    post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of());
    assertThat(count(registry, "hit")).as("a clock set back expires it too").isEqualTo(hits + 1);
  }

  @Test
  void aClientHoldingTheCurrentAnswerGets304() {
    String team = Fixtures.team();
    String etag = post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of()).header("ETag");

    Response unchanged =
        post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of("If-None-Match", etag));
    assertThat(unchanged.statusCode()).isEqualTo(304);
    assertThat(unchanged.asByteArray()).isEmpty();
    assertThat(unchanged.header("ETag")).isEqualTo(etag);

    GraphQl.admin().ok(RENAME, "id", team, "name", Fixtures.unique("changed"));
    Response changed =
        post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of("If-None-Match", etag));
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.header("ETag")).isNotBlank().isNotEqualTo(etag);
  }

  @Test
  void mutationsErrorsAndNoCacheRequestsAlwaysExecute() {
    String create = "mutation($input: TeamInput!) { createTeam(input: $input) { id } }";
    Map<String, Object> vars = Map.of("input", Map.of("name", Fixtures.unique("once")));
    Response first = post(GraphQl.ADMIN_TOKEN, create, vars, Map.of());
    assertThat(first.header("ETag")).isNull();
    Response again = post(GraphQl.ADMIN_TOKEN, create, vars, Map.of());
    assertThat(again.jsonPath().getString("errors[0].extensions.code"))
        .as("the same mutation ran again (the name is taken now)")
        .isEqualTo("CONFLICT");

    String viewer = Fixtures.token("VIEWER");
    double misses = count(registry, "miss");
    for (int i = 0; i < 2; i++) {
      Response forbidden = post(viewer, "{ apiTokens { id } }", Map.of(), Map.of());
      assertThat(forbidden.jsonPath().getString("errors[0].extensions.code"))
          .isEqualTo("FORBIDDEN");
      assertThat(forbidden.header("ETag")).as("an error is not kept").isNull();
    }
    assertThat(count(registry, "miss")).as("both executed").isEqualTo(misses + 2);

    String team = first.jsonPath().getString("data.createTeam.id");
    post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of());
    double hits = count(registry, "hit");
    post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of("Cache-Control", "no-cache"));
    post(GraphQl.ADMIN_TOKEN, TEAM, Map.of("id", team), Map.of("Cache-Control", "no-store"));
    assertThat(count(registry, "hit")).isEqualTo(hits);
  }

  /** The cache's own counter {@code dutyboard.graphql.result.cache} for one outcome. */
  static double count(MeterRegistry registry, String outcome) {
    return registry.counter("dutyboard.graphql.result.cache", "outcome", outcome).count();
  }

  static Response post(
      String token, String document, Map<String, Object> variables, Map<String, String> headers) {
    var request = given().contentType(ContentType.JSON).headers(new HashMap<>(headers));
    if (token != null) {
      request = request.header("Authorization", "Bearer " + token);
    }
    return request.body(Map.of("query", document, "variables", variables)).post("/graphql");
  }
}
