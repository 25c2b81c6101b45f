package org.dutyboard.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import org.dutyboard.testing.CapturedLog;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

/**
 * A client that gives up mid-request (a load test stopping, a dashboard with a short timeout) is
 * not a server error: nothing is logged at WARN or above, and the service keeps answering.
 */
@QuarkusTest
class ClientDisconnectTest {
  private static final String YEAR_OF_SHIFTS =
      """
      query($r: ID!) {
        a: schedule(rotationId: $r, from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") {
          index assignments { role person { name handle } } }
        b: schedule(rotationId: $r, from: "2027-01-01T00:00:00Z", to: "2028-01-01T00:00:00Z") {
          index assignments { role person { name handle } } }
        onCall { role person { name } }
      }""";
  private static final Duration QUIET = Duration.ofMillis(300);

  @TestHTTPResource("/graphql")
  URI endpoint;

  @Test
  void requestsAbortedByAShortClientTimeoutLogNoErrors() throws Exception {
    String rotationId =
        GraphQl.admin()
            .ok("{ rotations(first: 1) { nodes { id } } }")
            .getString("rotations.nodes[0].id");
    String body =
        "{\"query\":"
            + io.vertx.core.json.Json.encode(YEAR_OF_SHIFTS)
            + ",\"variables\":{\"r\":\""
            + rotationId
            + "\"}}";
    try (CapturedLog log = CapturedLog.start()) {
      List<CompletableFuture<Throwable>> aborted = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        // A client of its own per request, so each timeout closes its own connection.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request =
            HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofMillis(20))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + GraphQl.ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        aborted.add(
            client
                .sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> (Throwable) failure));
      }
      long timedOut =
          aborted.stream()
              .map(CompletableFuture::join)
              .filter(
                  f ->
                      f instanceof HttpTimeoutException
                          || (f != null && f.getCause() instanceof HttpTimeoutException))
              .count();
      assertThat(timedOut).as("requests the client gave up on").isGreaterThan(0);
      awaitNoGraphQlExecution(Duration.ofSeconds(30));
      GraphQl.admin().ok("{ onCall { role } }");
      assertThat(log.atLeast(Level.WARNING)).isEmpty();
    }
  }

  /**
   * Waits until the abandoned requests have finished on the server: the service runs in this JVM,
   * so that is when no thread is inside the GraphQL engine, for {@link #QUIET} in a row (a worker
   * moving on to a queued request is not mistaken for the end). Fails after {@code timeout}.
   */
  private static void awaitNoGraphQlExecution(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long quietSince = System.nanoTime();
    while (System.nanoTime() - quietSince < QUIET.toNanos()) {
      List<String> running = threadsInGraphQl();
      if (!running.isEmpty()) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("GraphQL still running after " + timeout + " in " + running);
        }
        quietSince = System.nanoTime();
      }
      Thread.sleep(10);
    }
  }

  /** The threads executing inside the GraphQL engine now. */
  private static List<String> threadsInGraphQl() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(
            t ->
                Arrays.stream(t.getValue())
                    .map(StackTraceElement::getClassName)
                    .anyMatch(
                        c ->
                            c.startsWith("graphql.execution.")
                                || c.startsWith("io.smallrye.graphql.")))
        .map(t -> t.getKey().getName())
        .toList();
  }
}
