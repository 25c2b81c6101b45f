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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The training run behind the package's class archive: starts the packaged service once on a
 * throw-away embedded database to create it with demo data, then again, on that existing data, with
 * the JDK's archive-recording flag, sends the dashboards' read operations (the documents in {@code
 * graphql-schema/operations}), then stops it; the JVM writes the archive as it exits. An archive
 * recorded over the whole start and real requests holds the runtime start (Hibernate, Flyway,
 * GraphQL) and the request paths, which one recorded by a start that exits after static
 * initialisation (Quarkus' own AppCDS and AOT phases) does not.
 *
 * <ul>
 *   <li>JDK 25+: the AOT cache {@code app.aot} (JEP 483/515: classes loaded and linked, method
 *       profiles), written as the JVM exits.
 *   <li>Earlier JDKs: an AppCDS archive {@code app-cds.jsa}, dumped from the list of the classes
 *       the run loaded ({@code -XX:DumpLoadedClassList}, then {@code -Xshare:dump}) without the
 *       classes of multi-release jars that have a version of their own for this JDK. Before JDK 24
 *       (JDK-8343427) a JVM with a class file load hook (a Java agent such as OpenTelemetry's, or
 *       {@code -XX:StartFlightRecording} at launch) reads an archived class's bytes from its jar by
 *       its plain name: it crashed at start on the archived {@code
 *       META-INF/versions/11/org/postgresql/util/LazyCleanerImpl$CleanableWrapper.class}, and for a
 *       class with both entries it would hand the agent the wrong version. The archive recorded at
 *       exit ({@code -XX:ArchiveClassesAtExit}) cannot leave classes out.
 * </ul>
 *
 * <p>Both of the {@code aot-jar} packaging, whose jars the JDK's own class loader reads: the JDK
 * archives its own loaders' classes whole, but of other loaders only those linked (JDK 17 left out
 * 2,855 classes of the fast-jar's own loader).
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
  private static final Pattern CLASS_NAME = Pattern.compile("[\\w$]+(?:/[\\w$]+)+");

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI graphql;

  /**
   * The archive of one JDK generation: its file, whether it is dumped from a class list (else the
   * JVM writes it as it exits), the flag using it, and the flag that makes the JVM fail instead of
   * starting without it.
   */
  private record Archive(String file, boolean fromClassList, String useFlag, String requireFlag) {
    static Archive forRunningJdk() {
      return Runtime.version().feature() >= 25
          ? new Archive("app.aot", false, "-XX:AOTCache=", "-XX:AOTMode=on")
          : new Archive("app-cds.jsa", true, "-XX:SharedArchiveFile=", "-Xshare:on");
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
    Path classList = app.getParent().resolve("archive-training.classlist");
    Files.deleteIfExists(file);
    Files.deleteIfExists(log);
    Files.deleteIfExists(classList);
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
      // Unrecorded: creates the database, migrates it and loads the demo data, so the recorded run
      // is a start on existing data, as every restart and every further replica is, and its
      // classes and method profiles leave out the first start's one-off work.
      Process first = start(command(List.of(), jvmFlags, service), app, log);
      try {
        training.awaitStarted(first, log);
      } finally {
        stop(first);
      }
      String record =
          archive.fromClassList()
              ? "-XX:DumpLoadedClassList=" + classList
              : "-XX:AOTCacheOutput=" + file;
      Process recording = start(command(List.of(record), jvmFlags, service), app, log);
      try {
        training.awaitStarted(recording, log);
        int requests = training.train(operations);
        System.out.printf(
            "Class archive training: %d requests answered; writing %s%n", requests, file);
      } finally {
        stop(recording); // SIGTERM: a normal stop, at whose end the JVM writes the AOT cache
      }
      if (archive.fromClassList() && Files.exists(classList)) {
        dumpWithoutVersionedClasses(app, classList, file, jvmFlags, log);
      }
      if (!Files.exists(file)) { // e.g. a JDK that cannot dump one: start without one
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
      if (archive.fromClassList()) {
        training.answersWithClassFileLoadHook(use, jvmFlags, service, operations, app, log);
      }
    } finally {
      deleteTree(data);
    }
  }

  /**
   * Dumps {@code archive} from the classes the training loaded, less those a multi-release jar of
   * the package holds a version of for this JDK (and the lambdas that name them): they load from
   * their jars at run time, as without an archive. Fails the build if one got in all the same (as
   * the supertype of a listed class, say), since an agent would crash the service.
   */
  private static void dumpWithoutVersionedClasses(
      Path app, Path classList, Path archive, List<String> jvmFlags, Path log) throws Exception {
    Map<String, Boolean> versioned = versionedClasses(app); // class -> it has a base entry too
    Path filtered = classList.resolveSibling(classList.getFileName() + ".filtered");
    List<String> kept = new ArrayList<>();
    int left = 0;
    for (String line : Files.readAllLines(classList)) {
      if (namedClasses(line).stream().anyMatch(versioned::containsKey)) {
        left++;
      } else {
        kept.add(line);
      }
    }
    Files.write(filtered, kept);
    List<String> dump = new ArrayList<>(List.of("-Xshare:dump"));
    dump.add("-XX:SharedClassListFile=" + filtered);
    dump.add("-XX:SharedArchiveFile=" + archive);
    dump.addAll(jvmFlags);
    dump.addAll(List.of("-cp", "quarkus-run.jar"));
    if (run(
            command(dump, List.of(), List.of()),
            app,
            ProcessBuilder.Redirect.appendTo(log.toFile()))
        != 0) {
      Files.deleteIfExists(archive);
      return;
    }
    List<String> archived = archivedClasses(app, archive, jvmFlags);
    List<String> crashing =
        archived.stream().filter(c -> Boolean.FALSE.equals(versioned.get(c))).toList();
    if (!crashing.isEmpty()) {
      Files.deleteIfExists(archive);
      throw new IllegalStateException(
          "The class archive holds classes that exist only in a versioned entry of a"
              + " multi-release jar; a JVM with a Java agent would crash on them: "
              + crashing);
    }
    long withBase = archived.stream().filter(versioned::containsKey).count();
    System.out.printf(
        "Class archive: %d classes; %d lines of the class list left out for multi-release"
            + " jars, %d of their classes archived all the same (each has a base entry)%n",
        archived.size(), left, withBase);
  }

  /**
   * The classes that multi-release jars on the package's class path hold a version of for this JDK,
   * in the class list's form ({@code a/b/C}), each with whether the jar has a base entry too.
   */
  private static Map<String, Boolean> versionedClasses(Path app) throws IOException {
    List<Path> jars = new ArrayList<>(List.of(app.resolve("quarkus-run.jar")));
    try (JarFile runner = new JarFile(app.resolve("quarkus-run.jar").toFile())) {
      String classPath = runner.getManifest().getMainAttributes().getValue("Class-Path");
      for (String entry : classPath == null ? new String[0] : classPath.trim().split("\\s+")) {
        jars.add(app.resolve(entry));
      }
    }
    int feature = Runtime.version().feature();
    Pattern versionedEntry = Pattern.compile("META-INF/versions/(\\d+)/(.+)\\.class");
    Map<String, Boolean> versioned = new HashMap<>();
    for (Path jar : jars) {
      if (!Files.isRegularFile(jar)) {
        continue;
      }
      try (JarFile file = new JarFile(jar.toFile())) {
        Manifest manifest = file.getManifest();
        if (manifest == null
            || !"true".equalsIgnoreCase(manifest.getMainAttributes().getValue("Multi-Release"))) {
          continue;
        }
        for (JarEntry entry : Collections.list(file.entries())) {
          Matcher m = versionedEntry.matcher(entry.getName());
          if (m.matches()
              && Integer.parseInt(m.group(1)) <= feature
              && !m.group(2).endsWith("module-info")) {
            versioned.put(m.group(2), file.getEntry(m.group(2) + ".class") != null);
          }
        }
      }
    }
    return versioned;
  }

  /** The class names ({@code a/b/C}) a line of a class list names, descriptors included. */
  private static Set<String> namedClasses(String line) {
    Set<String> names = new HashSet<>();
    Matcher m = CLASS_NAME.matcher(line);
    while (m.find()) {
      names.add(m.group());
    }
    return names;
  }

  /** The classes in {@code archive}, as the JVM lists its shared dictionary ({@code a/b/C}). */
  private static List<String> archivedClasses(Path app, Path archive, List<String> jvmFlags)
      throws Exception {
    Path listing = Files.createTempFile(app.getParent(), "archive-dictionary", ".txt");
    try {
      List<String> print =
          new ArrayList<>(
              List.of(
                  "-XX:SharedArchiveFile=" + archive,
                  // prints the shared dictionary too (-XX:+PrintSharedDictionary is gone in 25)
                  "-XX:+PrintSharedArchiveAndExit"));
      print.addAll(jvmFlags);
      print.addAll(List.of("-cp", "quarkus-run.jar"));
      run(command(print, List.of(), List.of()), app, ProcessBuilder.Redirect.to(listing.toFile()));
      Pattern entry = Pattern.compile("^\\s*\\d+: (\\S+) \\S+$");
      List<String> lines = Files.readAllLines(listing);
      List<String> classes = new ArrayList<>();
      for (String line : lines) {
        Matcher m = entry.matcher(line);
        if (m.matches()) {
          classes.add(m.group(1).replace('.', '/'));
        }
      }
      if (classes.isEmpty()) {
        throw new IllegalStateException(
            "could not list the classes of "
                + archive
                + "; the JVM printed: "
                + String.join("\n", lines.subList(0, Math.min(20, lines.size()))));
      }
      return classes;
    } finally {
      Files.deleteIfExists(listing);
    }
  }

  /** Runs a JVM to its end, its output to {@code output}; its exit code. */
  private static int run(List<String> command, Path app, ProcessBuilder.Redirect output)
      throws Exception {
    Process process = start(command, app, output);
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }

  /**
   * Starts the service with the archive and a JFR recording from launch, which installs a class
   * file load hook as Java agents do, and has it answer the on-call dashboard: before JDK 24 the
   * hook reads every archived class from its jar, and a class it cannot find there crashes the JVM.
   */
  private void answersWithClassFileLoadHook(
      List<String> use,
      List<String> jvmFlags,
      List<String> service,
      Path operations,
      Path app,
      Path log)
      throws Exception {
    Path recording = app.getParent().resolve("archive-training.jfr");
    List<String> hooked = new ArrayList<>(use);
    hooked.add("-XX:StartFlightRecording=filename=" + recording);
    Process process = start(command(hooked, jvmFlags, service), app, log);
    try {
      awaitStarted(process, log);
      post(read(operations.resolve("OnCallNow.graphql")), "{}", ADMIN);
      System.out.println("Class archive in use with a class file load hook (JFR from launch)");
    } finally {
      stop(process);
      Files.deleteIfExists(recording);
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
    return start(command, app, ProcessBuilder.Redirect.appendTo(log.toFile()));
  }

  private static Process start(List<String> command, Path app, ProcessBuilder.Redirect output)
      throws IOException {
    return new ProcessBuilder(command)
        .directory(app.toFile())
        .redirectErrorStream(true)
        .redirectOutput(output)
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
