package org.dutyboard.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.dutyboard.common.db.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged service twice against one PostgreSQL, as it runs with two replicas: live updates
 * cross replicas, an answer one replica keeps in memory never hides a change committed on the
 * other, both serve the same published site, and a rolling restart behind a round-robin proxy
 * (Debian's nginx; that part is skipped without it) loses no request.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {
  private static final Duration STARTUP = Duration.ofSeconds(120);
  private static final Path NGINX = Path.of("/usr/sbin/nginx");

  private static Path work;
  private static EmbeddedPostgres postgres;
  private static Replica a;
  private static Replica b;

  @BeforeAll
  static void start() throws Exception {
    assertThat(Replica.JAR).as("packaged by ./mvnw verify before the ITs").exists();
    work = Files.createDirectories(Path.of("target/replicas-it"));
    Path pg = Files.createTempDirectory("replicas-it-pg");
    postgres = EmbeddedDatabase.start(pg, 0, false);
    String url = postgres.getJdbcUrl("postgres", "postgres");
    a = new Replica("replica-a", url, work.resolve("a")).start();
    b = new Replica("replica-b", url, work.resolve("b")).start();
    a.awaitReady(STARTUP);
    b.awaitReady(STARTUP);
  }

  @AfterAll
  static void stop() throws Exception {
    for (Replica r : new Replica[] {a, b}) {
      if (r != null) {
        r.kill();
      }
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  @Order(1)
  void aDashboardOnReplicaBSeesATimelineEntryWrittenOnReplicaAWithinASecond() throws Exception {
    String responder = responderToken();
    String incident =
        new JsonObject(
                a.graphql(
                    responder,
                    request(
                        "mutation($input: DeclareIncidentInput!) { declareIncident(input: $input)"
                            + " { id } }",
                        new JsonObject()
                            .put(
                                "input",
                                new JsonObject()
                                    .put("title", "Checkout latency")
                                    .put("severity", "SEV3")
                                    .put("visibility", "PUBLIC")))))
            .getJsonObject("data")
            .getJsonObject("declareIncident")
            .getString("id");

    BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    WebSocket socket = subscribe(b, messages);
    socket.sendText(
        new JsonObject().put("type", "connection_init").put("payload", new JsonObject()).encode(),
        true);
    JsonObject ack = messages.poll(10, TimeUnit.SECONDS);
    assertThat(ack).as("connection_ack").isNotNull();
    assertThat(ack.getString("type")).isEqualTo("connection_ack");
    socket.sendText(
        new JsonObject()
            .put("id", "t")
            .put("type", "subscribe")
            .put(
                "payload",
                new JsonObject(
                    request(
                        "subscription($id: ID!) { timelineEntryAdded(incidentId: $id) { text } }",
                        new JsonObject().put("id", incident))))
            .encode(),
        true);
    // The subscription is registered asynchronously: until a first entry written on A arrives on
    // B, keep writing one (a busy machine may take seconds); then time one more.
    JsonObject first = null;
    for (int attempt = 0; first == null && attempt < 30; attempt++) {
      append(responder, incident, "warm-up " + attempt);
      first = messages.poll(2, TimeUnit.SECONDS);
    }
    assertThat(first).as("any event on replica B").isNotNull();

    long written = System.nanoTime();
    append(responder, incident, "failed over to B");
    JsonObject next = null;
    long deadline = written + TimeUnit.SECONDS.toNanos(5);
    while (next == null && System.nanoTime() < deadline) {
      JsonObject message = messages.poll(50, TimeUnit.MILLISECONDS);
      if (message != null && message.encode().contains("failed over to B")) {
        next = message;
      }
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - written);
    assertThat(next).as("the entry's event on replica B").isNotNull();
    assertThat(millis).as("milliseconds from the write on A to the event on B").isLessThan(1000);
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
  }

  @Test
  @Order(2)
  void anAnswerKeptOnReplicaBIsReplacedAtOnceWhenReplicaACommitsAChange() throws Exception {
    String team =
        new JsonObject(
                a.graphql(
                    request(
                        "mutation($input: TeamInput!) { createTeam(input: $input) { id } }",
                        new JsonObject().put("input", new JsonObject().put("name", "Kept on B")))))
            .getJsonObject("data")
            .getJsonObject("createTeam")
            .getString("id");
    String query =
        request("query($id: ID!) { team(id: $id) { name } }", new JsonObject().put("id", team));
    assertThat(b.graphql(query)).contains("Kept on B");
    double hits = cacheHits(b);
    assertThat(b.graphql(query)).contains("Kept on B");
    assertThat(cacheHits(b)).as("answered from B's memory").isEqualTo(hits + 1);

    a.graphql(
        request(
            "mutation($id: ID!) { updateTeam(id: $id, input: {name: \"Renamed on A\"}) { name } }",
            new JsonObject().put("id", team)));
    // max-age is 10 minutes here: only the data version tells B its answer is stale.
    assertThat(b.graphql(query)).contains("Renamed on A");
    assertThat(cacheHits(b)).isEqualTo(hits + 1);
  }

  /** The replica's count of GraphQL answers served from its result cache (Prometheus). */
  private static double cacheHits(Replica replica) throws Exception {
    return replica
        .get("/q/metrics")
        .body()
        .lines()
        .filter(
            l ->
                l.startsWith("dutyboard_graphql_result_cache_total")
                    && l.contains("outcome=\"hit\""))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  @Test
  @Order(3)
  void bothReplicasServeTheSiteReplicaAPublished() throws Exception {
    a.graphql(request("mutation { publishStatusSite { outcome } }", new JsonObject()));
    HttpResponse<String> fromA = a.get("/status/");
    HttpResponse<String> fromB = b.get("/status/");
    assertThat(fromA.statusCode()).isEqualTo(200);
    assertThat(fromB.statusCode()).isEqualTo(200);
    assertThat(fromB.body()).isEqualTo(fromA.body());
    assertThat(b.get("/status/api/v2/summary.json").body())
        .isEqualTo(a.get("/status/api/v2/summary.json").body());

    HttpResponse<byte[]> gzipped =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(b.uri("/status/")).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    System.out.printf(
        "/status/: %d bytes, %d gzip-compressed%n",
        fromB.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
        gzipped.body().length);
    assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }

  @Test
  @Order(4)
  void aRollingRestartUnderLoadLosesNoRequest() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(NGINX), "nginx is not installed");
    Nginx proxy = Nginx.start(work.resolve("nginx"), a.port, b.port);
    AtomicBoolean loading = new AtomicBoolean(true);
    AtomicInteger sent = new AtomicInteger();
    List<String> failures = new ArrayList<>();
    Thread load = new Thread(() -> load(proxy.port, loading, sent, failures), "load");
    try {
      load.start();
      a = restart(a);
      b = restart(b);
    } finally {
      loading.set(false);
      load.join(30_000);
      proxy.stop();
    }
    assertThat(sent.get()).as("requests sent during the rolling restart").isGreaterThan(100);
    assertThat(failures).as("failed requests out of %d", sent.get()).isEmpty();
  }

  /** SIGTERM: readiness goes DOWN while requests are still served; then a fresh start. */
  private static Replica restart(Replica replica) throws Exception {
    replica.terminate();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    int ready = replica.status("/q/health/ready");
    while (ready == 200 && System.nanoTime() < deadline) {
      Thread.sleep(50);
      ready = replica.status("/q/health/ready");
    }
    assertThat(ready).as("readiness of %s after SIGTERM", replica.name).isEqualTo(503);
    assertThat(replica.status("/status/")).as("served while draining").isEqualTo(200);
    replica.awaitExit();
    replica.start().awaitReady(STARTUP);
    return replica;
  }

  /** A bounded loop of requests through the proxy (at most 20 a second, at most 10 minutes). */
  private static void load(int port, AtomicBoolean loading, AtomicInteger sent, List<String> out) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    URI uri = URI.create("http://127.0.0.1:" + port + "/status/api/v2/summary.json");
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (loading.get() && System.nanoTime() < end) {
      sent.incrementAndGet();
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
          synchronized (out) {
            out.add("HTTP " + response.statusCode());
          }
        }
        Thread.sleep(50);
      } catch (Exception e) {
        synchronized (out) {
          out.add(e.toString());
        }
      }
    }
  }

  private static WebSocket subscribe(Replica replica, BlockingQueue<JsonObject> messages)
      throws Exception {
    return HttpClient.newHttpClient()
        .newWebSocketBuilder()
        .subprotocols("graphql-transport-ws")
        .header("Authorization", "Bearer " + Replica.ADMIN_TOKEN)
        .buildAsync(
            URI.create("ws://127.0.0.1:" + replica.port + "/graphql"),
            new WebSocket.Listener() {
              private final StringBuilder text = new StringBuilder();

              @Override
              public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                  messages.add(new JsonObject(text.toString()));
                  text.setLength(0);
                }
                ws.request(1);
                return null;
              }
            })
        .get(10, TimeUnit.SECONDS);
  }

  private static void append(String token, String incident, String text) throws Exception {
    a.graphql(
        token,
        request(
            "mutation($id: ID!, $input: TimelineEntryInput!) {"
                + " appendTimelineEntry(incidentId: $id, input: $input) { id } }",
            new JsonObject()
                .put("id", incident)
                .put("input", new JsonObject().put("kind", "ACTION").put("text", text))));
  }

  /** A RESPONDER token bound to a new person (declaring needs a person). */
  private static String responderToken() throws Exception {
    String person =
        new JsonObject(
                a.graphql(
                    request(
                        "mutation($input: PersonInput!) { createPerson(input: $input) { id } }",
                        new JsonObject()
                            .put(
                                "input",
                                new JsonObject()
                                    .put("name", "Replica Responder")
                                    .put("handle", "replica-responder")
                                    .put("timeZone", "Europe/Berlin")))))
            .getJsonObject("data")
            .getJsonObject("createPerson")
            .getString("id");
    return new JsonObject(
            a.graphql(
                request(
                    "mutation($person: ID) { createApiToken(name: \"replicas-it\","
                        + " roles: [RESPONDER], personId: $person) { secret } }",
                    new JsonObject().put("person", person))))
        .getJsonObject("data")
        .getJsonObject("createApiToken")
        .getString("secret");
  }

  private static String request(String query, JsonObject variables) {
    return new JsonObject().put("query", query).put("variables", variables).encode();
  }
}
