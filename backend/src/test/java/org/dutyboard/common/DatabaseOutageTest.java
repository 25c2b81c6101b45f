package org.dutyboard.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.clinic.alertpage.AlertmanagerPayloadTest.captured;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.dutyboard.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Pauses the real PostgreSQL (SIGSTOP on the postmaster and every backend) under a running service:
 * callers with perfectly good tokens get a typed, retryable UNAVAILABLE (GraphQL) or 503 with
 * Retry-After (Alertmanager, which retries it: no page is lost), quickly rather than after a long
 * hang; after SIGCONT the same requests succeed again without a restart.
 */
@QuarkusTest
class DatabaseOutageTest {
  private static final String ON_CALL = "query { onCall { role } }";

  @Inject AgroalDataSource dataSource;

  @Test
  void aPausedDatabaseIsReportedAsUnavailableAndTheServiceRecoversByItself() throws Exception {
    String viewer = Fixtures.token("VIEWER");
    String ingest = Fixtures.token("INGEST");
    String team = Fixtures.team();
    String rotation = Fixtures.rotation(Fixtures.rotationInput(team));
    Fixtures.setRoster(rotation, Fixtures.people(3));
    String fingerprint = UUID.randomUUID().toString().substring(0, 16);
    String alert =
        captured("am-0.25-firing.json")
            .replace("SRE/oncall", rotation)
            .replace("2b3bc3a806b11c9d", fingerprint);
    assertThat(graphQl(viewer).getList("errors")).isNull();

    List<Long> postgres = postgresProcesses();
    signal("STOP", postgres);
    try {
      Instant start = Instant.now();
      JsonPath paused = graphQl(viewer);
      assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(25));
      Map<String, Object> error = paused.getMap("errors[0]");
      assertThat(paused.getString("errors[0].extensions.code")).isEqualTo("UNAVAILABLE");
      assertThat(error.get("message").toString()).contains("retry");

      Response webhook = webhook(ingest, alert);
      assertThat(webhook.statusCode()).isEqualTo(503);
      assertThat(webhook.header("Retry-After")).isEqualTo("5");
    } finally {
      signal("CONT", postgres);
    }

    JsonPath recovered = awaitRecovery(viewer);
    assertThat(recovered.getList("data.onCall")).isNotEmpty();
    // Alertmanager's retry of the refused notification is recorded: the page is not lost.
    Response retried = webhook(ingest, alert);
    assertThat(retried.statusCode()).isEqualTo(200);
    assertThat(retried.jsonPath().getInt("created")).isEqualTo(1);
  }

  private static JsonPath awaitRecovery(String viewer) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(60);
    while (true) {
      JsonPath response = graphQl(viewer);
      if (response.getList("errors") == null) {
        return response;
      }
      assertThat(response.getString("errors[0].extensions.code")).isEqualTo("UNAVAILABLE");
      assertThat(Instant.now()).as("recovered within 60 s").isBefore(deadline);
      Thread.sleep(200);
    }
  }

  private static JsonPath graphQl(String token) {
    return given()
        .contentType(ContentType.JSON)
        .header("Authorization", "Bearer " + token)
        .body(Map.of("query", ON_CALL))
        .post("/graphql")
        .then()
        .extract()
        .jsonPath();
  }

  private static Response webhook(String token, String body) {
    return given()
        .contentType(ContentType.JSON)
        .header("Authorization", "Bearer " + token)
        .body(body)
        .post("/webhooks/alertmanager");
  }

  /** The postmaster (from its pid file) and every backend and helper process it forked. */
  private List<Long> postgresProcesses() throws Exception {
    Path dataDirectory;
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("show data_directory")) {
      rs.next();
      dataDirectory = Path.of(rs.getString(1));
    }
    long postmaster =
        Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
    List<Long> pids = new ArrayList<>();
    pids.add(postmaster);
    ProcessHandle.of(postmaster).stream()
        .flatMap(ProcessHandle::descendants)
        .map(ProcessHandle::pid)
        .forEach(pids::add);
    return pids;
  }

  private static void signal(String signal, List<Long> pids)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
    Stream.of(pids.toArray()).map(String::valueOf).forEach(command::add);
    Process kill = new ProcessBuilder(command).inheritIO().start();
    assertThat(kill.waitFor()).isZero();
  }
}
