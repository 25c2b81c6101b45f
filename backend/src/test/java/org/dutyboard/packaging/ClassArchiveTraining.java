package org.dutyboard.packaging;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The training run behind the package's class archive: starts the packaged service with the JDK's
 * archive-recording flag on a throw-away embedded database with demo data, sends the dashboards'
 * read operations (the documents in {@code graphql-schema/operations}), then stops it; the JVM
 * writes the archive as it exits. An archive recorded over the whole start and real requests holds
 * the runtime start (Hibernate, Flyway, GraphQL) and the request paths, which one recorded by a
 * start that exits after static initialisation (Quarkus' own AppCDS and AOT phases) does not.
 *
 * <ul>
 *   <li>JDK 25+: the AOT cache {@code app.aot} (JEP 483/515: classes loaded and linked, method
 *       profiles).
 *   <li>Earlier JDKs: a dynamic AppCDS archive {@code app-cds.jsa} (JEP 350).
 * </ul>
 *
 * <p>Both of the {@code aot-jar} packaging, whose jars the JDK's own class loader reads: before
 * dumping, the JVM links the classes its own loaders loaded, but skips those of other loaders that
 * were loaded and never linked (2,855 of the fast-jar's on JDK 17).
 *
 * <p>Then it starts the service once more with the archive and a flag that refuses to run without
 * it, so a build never ships an archive its JVM cannot use, and prints the first-answer time. Run
 * by the build at {@code package} ({@code backend/pom.xml}) with the JDK's source launcher, so it
 * needs nothing but the JDK: {@code java ClassArchiveTraining.java <quarkus-app dir> <operations
 * dir> <JVM flags...>}.
 */
public final class ClassArchiveTraining {
  private static final String ADMIN = "archive-training-admin-token";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final int ROUNDS = 30;

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI graphql;

  /**
   * The archive of one JDK generation: its file, the flags recording and using it, and the flag
   * that makes the JVM fail instead of starting without it.
   */
  private record Archive(String file, String recordFlag, String useFlag, String requireFlag) {
    static Archive forRunningJdk() {
      return Runtime.version().feature() >= 25
          ? new Archive("app.aot", "-XX:AOTCacheOutput=", "-XX:AOTCache=", "-XX:AOTMode=on")
          : new Archive(
              "app-cds.jsa", "-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=", "-Xshare:on");
    }
  }

  private ClassArchiveTraining(int port) {
    graphql = URI.create("http://127.0.0.1:" + port + "/graphql");
  }

  public static void main(String[] args) throws Exception {
    Path app = Path.of(args[0]).toAbsolutePath();
    Path operations = Path.of(args[1]);
    List<String> jvmFlags = List.of(args).subList(2, args.length);
    Archive archive = Archive.forRunningJdk();
    Path file = app.resolve(archive.file());
    Path data = Files.createTempDirectory(app.getParent(), "archive-training-");
    Path log = app.getParent().resolve("archive-training.log");
    Files.deleteIfExists(file);
    Files.deleteIfExists(log);
    int port = freePort();
    List<String> service =
        List.of(
            "-Dquarkus.http.port=" + port,
            "-Ddutyboard.embedded-db.port=" + freePort(),
            "-Ddutyboard.data-dir=" + data,
            "-Ddutyboard.demo-data.enabled=true",
            "-Ddutyboard.bootstrap.admin-token=" + ADMIN,
            // no load balancer to drain: stop at once instead of after quarkus.shutdown.delay
            "-Dquarkus.shutdown.delay=0S",
            "-jar",
            "quarkus-run.jar");
    ClassArchiveTraining training = new ClassArchiveTraining(port);
    try {
      Process recording =
          start(command(List.of(archive.recordFlag() + file), jvmFlags, service), app, log);
      try {
        training.awaitStarted(recording, log);
        int requests = training.train(operations);
        System.out.printf(
            "Class archive training: %d requests answered; writing %s%n", requests, file);
      } finally {
        stop(recording); // SIGTERM: a normal stop, at whose end the JVM writes the archive
      }
      if (!Files.exists(file)) { // e.g. a JDK without its base CDS archive: start without one
        System.out.printf("No class archive written (this JDK cannot record one, see %s)%n", log);
        return;
      }
      // The check: the same start on the now existing data, refusing to run without the archive.
      List<String> use = List.of(archive.useFlag() + file, archive.requireFlag());
      long started = System.nanoTime();
      Process check = start(command(use, jvmFlags, service), app, log);
      try {
        training.awaitStarted(check, log);
        System.out.printf(
            "Class archive in use: first answer %.1f s after launch%n",
            (System.nanoTime() - started) / 1e9);
      } finally {
        stop(check);
      }
    } finally {
      deleteTree(data);
    }
  }

  private static List<String> command(
      List<String> archiveFlags, List<String> jvmFlags, List<String> service) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(archiveFlags);
    command.addAll(jvmFlags);
    command.addAll(service);
    return command;
  }

  private static Process start(List<String> command, Path app, Path log) throws IOException {
    return new ProcessBuilder(command)
        .directory(app.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  private static void stop(Process service) throws InterruptedException {
    service.destroy();
    if (!service.waitFor(5, TimeUnit.MINUTES)) {
      service.destroyForcibly();
    }
  }

  private void awaitStarted(Process service, Path log) throws Exception {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!service.isAlive()) {
        throw new IllegalStateException("the service stopped before it answered; see " + log);
      }
      try {
        post("{ __typename }", "{}", null);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("the service did not answer within " + START_TIMEOUT);
  }

  /** Each read operation whose variables are optional, then a schedule and a weekly summary. */
  private int train(Path operations) throws Exception {
    List<String> documents;
    try (Stream<Path> files = Files.list(operations)) {
      documents =
          files
              .filter(f -> f.toString().endsWith(".graphql"))
              .sorted()
              .map(ClassArchiveTraining::read)
              .filter(d -> d.contains("query ") && !d.matches("(?s).*\\$\\w+:\\s*[^,)]*!.*"))
              .toList();
    }
    String rotations = post(read(operations.resolve("Rotations.graphql")), "{}", ADMIN);
    String rotationId = firstId(rotations, "\"nodes\":\\[\\{\"id\":\"([^\"]+)\"");
    String teamId = firstId(rotations, "\"team\":\\{\"id\":\"([^\"]+)\"");
    Instant now = Instant.now();
    String schedule =
        "{\"rotationId\":\"%s\",\"from\":\"%s\",\"to\":\"%s\"}"
            .formatted(rotationId, now, now.plus(Duration.ofDays(30)));
    String summary =
        "{\"teamId\":\"%s\",\"weekOf\":\"%s\"}".formatted(teamId, LocalDate.now().minusDays(7));
    String scheduleDocument = read(operations.resolve("Schedule.graphql"));
    String summaryDocument = read(operations.resolve("WeeklySummary.graphql"));
    int requests = 0;
    for (int round = 0; round < ROUNDS; round++) {
      for (String document : documents) {
        post(document, "{}", ADMIN);
        post(document, "{}", null);
        requests += 2;
      }
      post(scheduleDocument, schedule, ADMIN);
      post(summaryDocument, summary, ADMIN);
      requests += 2;
    }
    return requests;
  }

  private String post(String document, String variables, String token) throws Exception {
    String body = "{\"query\":" + json(document) + ",\"variables\":" + variables + "}";
    HttpRequest.Builder request =
        HttpRequest.newBuilder(graphql)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Cache-Control", "no-cache") // executes, instead of answering from the cache
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    // Anonymous reads may be refused (that path is trained too); the admin's must succeed, or the
    // cache would hold the error path instead of the dashboards' work.
    if (response.statusCode() != 200 || token != null && response.body().contains("\"errors\"")) {
      throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static String firstId(String json, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no id in " + json);
    }
    return m.group(1);
  }

  /** A JSON string literal (the source launcher has the JDK only, no JSON library). */
  private static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
