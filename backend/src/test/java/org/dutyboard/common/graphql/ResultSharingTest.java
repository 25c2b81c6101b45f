package org.dutyboard.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.MutableClock;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Identical concurrent requests share one execution instead of each running it, and a failed
 * execution is never shared. The first request's execution is held back by a table lock taken in
 * another transaction (reads of the team table wait for it), so the others arrive while it runs.
 */
@QuarkusTest
class ResultSharingTest {
  private static final int REQUESTS = 6;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TestHTTPResource("/graphql")
  URI graphql;

  @Inject AgroalDataSource dataSource;
  @Inject EntityManagerFactory emf;
  @Inject MeterRegistry registry;
  @Inject MutableClock clock;

  @BeforeEach
  void fixTheClock() {
    clock.set(Instant.parse("2026-06-01T12:00:00Z")); // no answer expires while the lock is held
  }

  @AfterEach
  void resetTheClock() {
    clock.reset();
  }

  @Test
  void identicalConcurrentRequestsExecuteOnce() throws Exception {
    String team = Fixtures.team();
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    double misses = count("miss");
    double shared = count("shared");
    List<CompletableFuture<HttpResponse<String>>> answers;
    try (Connection lock = dataSource.getConnection()) {
      lockTeams(lock);
      stats.clear();
      answers = send(team);
      await(() -> count("shared") >= shared + REQUESTS - 1, "the others wait for the first");
      lock.rollback();
    }

    List<String> bodies = new ArrayList<>();
    for (var answer : answers) {
      HttpResponse<String> response = answer.get();
      assertThat(response.statusCode()).isEqualTo(200);
      bodies.add(response.body());
    }
    assertThat(bodies).allMatch(b -> b.equals(bodies.get(0)));
    assertThat(new JsonObject(bodies.get(0)).getJsonObject("data").getJsonObject("team"))
        .isNotNull();
    assertThat(count("miss")).as("executions").isEqualTo(misses + 1);
    // One API token check per request, and the team read once (six times without sharing).
    assertThat(stats.getPrepareStatementCount()).isLessThanOrEqualTo(REQUESTS + 1);
  }

  @Test
  void aFailedExecutionIsNotSharedTheOthersExecuteThemselves() throws Exception {
    String team = Fixtures.team();
    double misses = count("miss");
    double shared = count("shared");
    List<CompletableFuture<HttpResponse<String>>> answers;
    try (Connection lock = dataSource.getConnection()) {
      lockTeams(lock);
      answers = send(team);
      await(() -> count("shared") >= shared + REQUESTS - 1, "the others wait for the first");
      // The first execution fails: its database session is killed while it waits for the lock.
      try (Statement kill = lock.createStatement();
          ResultSet killed =
              kill.executeQuery(
                  "select pg_terminate_backend(pid) from pg_stat_activity"
                      + " where wait_event_type = 'Lock' and query ilike '%from team%'")) {
        assertThat(killed.next()).as("the first execution waits for the lock").isTrue();
      }
      await(() -> count("miss") >= misses + REQUESTS, "the others execute after the failure");
      lock.rollback();
    }

    int failed = 0;
    for (var answer : answers) {
      JsonObject body = new JsonObject(answer.get().body());
      if (body.getJsonArray("errors") != null) {
        failed++;
      } else {
        assertThat(body.getJsonObject("data").getJsonObject("team").getString("id"))
            .isEqualTo(team);
      }
    }
    assertThat(failed).as("only the request whose execution failed sees the error").isEqualTo(1);
  }

  private static void lockTeams(Connection lock) throws Exception {
    lock.setAutoCommit(false);
    try (Statement statement = lock.createStatement()) {
      statement.execute("lock table team in access exclusive mode");
    }
  }

  private List<CompletableFuture<HttpResponse<String>>> send(String team) {
    String body =
        new JsonObject()
            .put("query", GraphQlResultCacheTest.TEAM)
            .put("variables", new JsonObject().put("id", team))
            .encode();
    HttpRequest request =
        HttpRequest.newBuilder(graphql)
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + GraphQl.ADMIN_TOKEN)
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      answers.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    return answers;
  }

  private double count(String outcome) {
    return GraphQlResultCacheTest.count(registry, outcome);
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
