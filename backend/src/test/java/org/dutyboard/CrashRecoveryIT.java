package org.dutyboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service on its embedded PostgreSQL, as an operator runs it: killed with {@code kill
 * -9} (which leaves its postmaster running and holding the data directory), then started again on
 * the same data: it must be ready within 30 s with every acknowledged write present, and say in one
 * line what it cleaned up. SIGTERM then stops it cleanly, embedded PostgreSQL included.
 */
class CrashRecoveryIT {
  private static final String ADMIN = "crash-it-admin-secret";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @TempDir Path dataDir;
  private Process service;
  private int port;

  @Test
  void aKilledServiceRestartsOnItsDataWithin30SecondsAndStopsCleanlyOnSigterm() throws Exception {
    port = freePort();
    service = start("first.log");
    awaitReady(service, Duration.ofSeconds(300)); // first start: initdb and migrations
    String team = "Night shift " + UUID.randomUUID();
    String created = graphQl("mutation { createTeam(input: {name: \"" + team + "\"}) { id } }");
    assertThat(created).contains("\"id\"").doesNotContain("errors");

    service.destroyForcibly().waitFor(); // kill -9: no shutdown hook runs
    long orphan = postmasterPid().orElseThrow();
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

    Instant restart = Instant.now();
    service = start("second.log");
    awaitReady(service, Duration.ofSeconds(30));
    assertThat(Duration.between(restart, Instant.now())).isLessThan(Duration.ofSeconds(30));
    assertThat(graphQl("query { teams(first: 100) { nodes { name } } }")).contains(team);
    assertThat(Files.readString(dataDir.resolve("second.log")))
        .contains("left running by a previous Dutyboard");
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();

    assertThat(postmasterPid()).isPresent();
    service.destroy(); // SIGTERM
    assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
    // A clean shutdown removes postmaster.pid (the process may linger a moment as a zombie of the
    // exited JVM until init reaps it).
    assertThat(postmasterPid())
        .as("embedded PostgreSQL stopped cleanly with the service")
        .isEmpty();
  }

  @AfterEach
  void stopLeftovers() {
    if (service != null && service.isAlive()) {
      service.destroyForcibly();
    }
    postmasterPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroy);
  }

  private Process start(String log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Ddutyboard.data-dir=" + dataDir,
            "-Dquarkus.http.port=" + port,
            "-Ddutyboard.bootstrap.admin-token=" + ADMIN,
            "-Ddutyboard.embedded-db.durable=false",
            "-Ddutyboard.status-site.interval=off",
            "-Ddutyboard.weekly-report.interval=off",
            "-Ddutyboard.maintenance.transition-interval=off",
            "-jar",
            System.getProperty("dutyboard.runner.jar"));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dataDir.resolve(log).toFile())
        .start();
  }

  private void awaitReady(Process process, Duration within) throws Exception {
    Instant deadline = Instant.now().plus(within);
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive()).as("service still running").isTrue();
      try {
        HttpResponse<String> ready =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("not ready within " + within);
  }

  private String graphQl(String query) throws Exception {
    String body = "{\"query\": \"" + query.replace("\"", "\\\"") + "\"}";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base() + "/graphql"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + ADMIN)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private Optional<Long> postmasterPid() {
    try {
      List<String> lines = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
