package org.dutyboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.delivery.ReportedTeam.BOUNDARY;
import static org.dutyboard.delivery.ReportedTeam.MEETING_DATE;
import static org.dutyboard.testing.Fixtures.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.dutyboard.summary.WeeklyReportPublisher;
import org.dutyboard.testing.CapturedLog;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.MutableClock;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The weekly summary posted to a chat incoming webhook: a local HTTP receiver plays Slack. */
@QuarkusTest
class ChatDeliveryTest {
  private static final String SECRET_PATH = "/services/T000/B000/XXsecretXX";

  @Inject MutableClock clock;
  @Inject WeeklyReportPublisher publisher;
  @Inject DeliveryJob job;
  @Inject DeliveryConfig config;

  private HttpServer receiver;
  private final List<String> posted = new CopyOnWriteArrayList<>();
  private final List<String> contentTypes = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private ReportedTeam team;
  private String webhook;

  @BeforeEach
  void aReceiverAndATeamWithAWebhook() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        SECRET_PATH,
        exchange -> {
          posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
          int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
          byte[] body = (status == 200 ? "ok" : "internal error").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    receiver.start();
    webhook = "http://127.0.0.1:" + receiver.getAddress().getPort() + SECRET_PATH;
    team = new ReportedTeam(clock);
    team.deliverTo(List.of(), webhook, false);
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
    clock.reset();
  }

  @Test
  void aShortSummaryWithALinkIsPostedOnce() throws Exception {
    produceTheWeek();
    job.sendDue();
    job.sendDue();

    assertThat(posted).hasSize(1);
    assertThat(contentTypes.get(0)).startsWith("application/json");
    JsonNode json = new ObjectMapper().readTree(posted.get(0));
    assertThat(json.size()).isEqualTo(1);
    String text = json.get("text").asText();
    assertThat(text)
        .startsWith("*SRE weekly summary — " + team.name + " — week of " + MEETING_DATE + "*\n")
        .contains("Incidents: 1 declared, 0 resolved, 1 still open (1 private not shown)")
        .containsPattern(
            "<http://localhost:8080/reports/[a-z0-9-]+/"
                + MEETING_DATE
                + "\\.html\\|Read the weekly report>")
        .doesNotContain(team.canary);
    assertThat(team.deliveries())
        .singleElement()
        .satisfies(
            d -> assertThat(d).containsEntry("channel", "CHAT").containsEntry("state", "SENT"));
  }

  @Test
  void aFailingReceiverIsRetriedAndTheUrlNeverShows() throws Exception {
    failuresLeft.set(1);
    try (CapturedLog log = CapturedLog.start()) {
      produceTheWeek();
      job.sendDue();
      Map<String, Object> failed = team.deliveries().get(0);
      assertThat(failed).containsEntry("state", "RETRYING");
      assertThat((String) failed.get("lastError"))
          .isEqualTo(
              "chat webhook at http://127.0.0.1:"
                  + receiver.getAddress().getPort()
                  + "/… answered HTTP 500");

      clock.set(clock.instant().plus(config.backoff()));
      job.sendDue();
      assertThat(posted).hasSize(2);
      assertThat(team.deliveries().get(0))
          .containsEntry("state", "SENT")
          .containsEntry("attempts", 2);
      List<String> lines =
          log.records().stream()
              .map(r -> r instanceof ExtLogRecord e ? e.getFormattedMessage() : r.getMessage())
              .toList();
      assertThat(lines).noneMatch(line -> line.contains("XXsecretXX"));
      assertThat(lines).anyMatch(line -> line.contains("answered HTTP 500"));
    }
    // Read back it is masked, for any reader.
    Map<String, Object> settings =
        GraphQl.withToken(token("SCHEDULER"))
            .ok(
                "query($team: ID!) { teamDelivery(teamId: $team) { chatWebhook } }",
                "team",
                team.id)
            .getMap("teamDelivery");
    assertThat(settings.get("chatWebhook"))
        .isEqualTo("http://127.0.0.1:" + receiver.getAddress().getPort() + "/…");
  }

  @Test
  void omittingTheWebhookKeepsItAndAnEmptyOneRemovesIt() {
    team.deliverTo(List.of(), null, true);
    assertThat(
            GraphQl.withToken(token("SCHEDULER"))
                .ok(
                    "query($team: ID!) { teamDelivery(teamId: $team) { chatWebhook } }",
                    "team",
                    team.id)
                .getString("teamDelivery.chatWebhook"))
        .endsWith("/…");
    team.deliverTo(List.of(), "", true);
    produceTheWeek();
    assertThat(team.deliveries()).isEmpty();
  }

  private void produceTheWeek() {
    clock.set(BOUNDARY.plus(Duration.ofMinutes(30)));
    publisher.publishDue();
  }
}
