package org.dutyboard.replicas;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One packaged Dutyboard ({@code java -jar quarkus-run.jar}) on its own port and data directory.
 */
final class Replica {
  static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
  static final String ADMIN_TOKEN = "replicas-it-admin-secret";

  private static final Set<Integer> HANDED_OUT = new HashSet<>();

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  final String name;
  final int port;
  private final Map<String, String> env;
  private final Path dir;
  private Process process;

  Replica(String name, String jdbcUrl, Path dir) throws IOException {
    this.name = name;
    this.port = freePort();
    this.dir = dir;
    this.env =
        Map.ofEntries(
            Map.entry("QUARKUS_HTTP_PORT", String.valueOf(port)),
            Map.entry("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl),
            Map.entry("QUARKUS_DATASOURCE_USERNAME", "postgres"),
            Map.entry("QUARKUS_DATASOURCE_PASSWORD", "postgres"),
            Map.entry("DUTYBOARD_BOOTSTRAP_ADMIN_TOKEN", ADMIN_TOKEN),
            Map.entry("DUTYBOARD_DATA_DIR", dir.resolve("data").toString()),
            Map.entry("DUTYBOARD_STATUS_SITE_INTERVAL", "off"),
            Map.entry("DUTYBOARD_WEEKLY_REPORT_INTERVAL", "off"),
            Map.entry("DUTYBOARD_MAINTENANCE_TRANSITION_INTERVAL", "off"),
            // Kept GraphQL answers go stale only by a committed change (the data version).
            Map.entry("DUTYBOARD_GRAPHQL_RESULT_CACHE_MAX_AGE", "PT10M"),
            // The drain delay long enough to observe readiness DOWN while requests still succeed.
            Map.entry("QUARKUS_SHUTDOWN_DELAY", "3S"));
  }

  /** Starts the process; {@link #awaitReady} waits for it. */
  Replica start() throws IOException {
    Files.createDirectories(dir);
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Xmx384m",
                "-jar",
                JAR.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("replica.log").toFile()));
    builder.environment().putAll(env);
    process = builder.start();
    return this;
  }

  void awaitReady(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited; the end of its log:\n" + logTail(40));
      }
      if (status("/q/health/ready") == 200) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(name + " not ready in " + timeout);
  }

  /** SIGTERM, as Kubernetes does in a rolling update. */
  void terminate() {
    process.destroy();
  }

  void awaitExit() throws InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(name + " did not stop within 60 s of SIGTERM");
    }
  }

  void kill() {
    if (process != null) {
      process.destroyForcibly();
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** The HTTP status of GET {@code path}, or -1 when the connection fails. */
  int status(String path) {
    try {
      return get(path).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** POSTs a GraphQL document as the admin; returns the response body. */
  String graphql(String document) throws IOException, InterruptedException {
    return graphql(ADMIN_TOKEN, document);
  }

  /** POSTs a GraphQL document with the bearer {@code token}; returns the response body. */
  String graphql(String token, String document) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri("/graphql"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(document))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
      throw new AssertionError(name + ": " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  static synchronized int freePort() throws IOException {
    // The system may hand out a port it just released again, before the process given it has
    // bound it: a second replica then took the first one's port and the first one could not start.
    while (true) {
      try (ServerSocket socket = new ServerSocket(0)) {
        if (HANDED_OUT.add(socket.getLocalPort())) {
          return socket.getLocalPort();
        }
      }
    }
  }

  /** The last {@code count} lines of this replica's log, for a failure message in CI output. */
  private String logTail(int count) throws IOException {
    Path log = dir.resolve("replica.log");
    List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
  }
}
