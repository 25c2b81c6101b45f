package org.dutyboard.incident.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.net.URL;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.dutyboard.incident.Responder;
import org.dutyboard.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Live dashboards over graphql-transport-ws see exactly the incidents they may see. */
@QuarkusTest
class IncidentSubscriptionTest {
  @TestHTTPResource("/graphql")
  URL endpoint;

  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    vertx.close();
  }

  @Test
  void viewersGetPublicIncidentChangesButNeverPrivateOnes() throws Exception {
    Client viewer = connect(Fixtures.token("VIEWER"));
    viewer.subscribe("1", "subscription { incidentChanged { incidentId kind visibility } }");
    Responder ana = Responder.responder();
    viewer.awaitRegistered("1", () -> ana.declare("SEV4", "PUBLIC"));
    String hidden = ana.declare("SEV1", "PRIVATE");
    String shown = ana.declare("SEV3", "PUBLIC");

    // Events of one transaction arrive in the order of its changes (the declaration's timeline
    // entry, then DECLARED), from whichever replica made them.
    JsonObject event = viewer.nextFor("1", shown);
    while (!"DECLARED".equals(event.getString("kind"))) {
      assertThat(event.getString("kind")).isEqualTo("TIMELINE_ENTRY_ADDED");
      event = viewer.nextFor("1", shown);
    }
    assertThat(viewer.seen.toString()).doesNotContain(hidden);
  }

  @Test
  void participantsFollowAPrivateTimelineLive() throws Exception {
    Responder ana = Responder.responder();
    String id = ana.declare("SEV1", "PRIVATE");
    Client participant = connect(ana.token());
    participant.subscribe(
        "t",
        "subscription($id: ID!) { timelineEntryAdded(incidentId: $id) { incidentId text } }",
        id);
    participant.awaitRegistered(
        "t",
        () -> {
          ana.log(id, "OBSERVATION", "probe");
          return id;
        });
    ana.log(id, "ACTION", "failed over to codfw");
    JsonObject entry = participant.nextFor("t", id);
    while ("probe".equals(entry.getString("text"))) {
      entry = participant.nextFor("t", id);
    }
    assertThat(entry.getString("text")).isEqualTo("failed over to codfw");
  }

  private Client connect(String token) throws Exception {
    HttpClient http = vertx.createHttpClient();
    WebSocketConnectOptions options =
        new WebSocketConnectOptions()
            .setHost(endpoint.getHost())
            .setPort(endpoint.getPort())
            .setURI(endpoint.getPath())
            .addSubProtocol("graphql-transport-ws")
            .addHeader("Authorization", "Bearer " + token);
    WebSocket socket =
        http.webSocket(options).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    Client client = new Client(socket);
    socket.textMessageHandler(text -> client.messages.add(new JsonObject(text)));
    socket.writeTextMessage(
        new JsonObject().put("type", "connection_init").put("payload", new JsonObject()).encode());
    JsonObject ack = client.messages.poll(10, TimeUnit.SECONDS);
    assertThat(ack).isNotNull();
    assertThat(ack.getString("type")).isEqualTo("connection_ack");
    return client;
  }

  private static final class Client {
    final WebSocket socket;
    final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    final StringBuilder seen = new StringBuilder();

    Client(WebSocket socket) {
      this.socket = socket;
    }

    void subscribe(String id, String query, String... incidentId) throws InterruptedException {
      JsonObject payload = new JsonObject().put("query", query);
      if (incidentId.length > 0) {
        payload.put("variables", new JsonObject().put("id", incidentId[0]));
      }
      socket.writeTextMessage(
          new JsonObject().put("id", id).put("type", "subscribe").put("payload", payload).encode());
    }

    /**
     * Waits until subscription {@code id} is live: graphql-transport-ws acknowledges a subscribe
     * only with its first {@code next}, and the server registers it asynchronously, so this makes
     * an event ({@code probe} returns the incident it concerns) until one arrives.
     */
    void awaitRegistered(String id, Supplier<String> probe) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
      while (System.nanoTime() < deadline) {
        if (next(id, probe.get(), TimeUnit.SECONDS.toNanos(1)) != null) {
          return;
        }
      }
      throw new AssertionError("subscription " + id + " never delivered; saw:\n" + seen);
    }

    /** The next event's payload on subscription {@code id} that mentions {@code incidentId}. */
    JsonObject nextFor(String id, String incidentId) throws InterruptedException {
      JsonObject event = next(id, incidentId, TimeUnit.SECONDS.toNanos(15));
      if (event == null) {
        throw new AssertionError("no event for " + incidentId + "; saw:\n" + seen);
      }
      return event;
    }

    /** Like {@link #nextFor}, but null when nothing came within {@code nanos}. */
    private JsonObject next(String id, String incidentId, long nanos) throws InterruptedException {
      long deadline = System.nanoTime() + nanos;
      while (System.nanoTime() < deadline) {
        JsonObject message =
            messages.poll(
                Math.min(deadline - System.nanoTime(), TimeUnit.SECONDS.toNanos(1)),
                TimeUnit.NANOSECONDS);
        if (message == null) {
          continue;
        }
        seen.append(message.encode()).append('\n');
        if (!"next".equals(message.getString("type")) || !id.equals(message.getString("id"))) {
          assertThat(message.getString("type")).as(message.encode()).isNotEqualTo("error");
          continue;
        }
        JsonObject data = message.getJsonObject("payload").getJsonObject("data");
        JsonObject event = data.getJsonObject(data.fieldNames().iterator().next());
        if (incidentId.equals(event.getString("incidentId"))) {
          return event;
        }
      }
      return null;
    }
  }
}
