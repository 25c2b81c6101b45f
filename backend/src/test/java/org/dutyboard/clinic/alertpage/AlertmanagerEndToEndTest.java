package org.dutyboard.clinic.alertpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.rotationInput;
import static org.dutyboard.testing.Fixtures.token;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The real thing: Debian's Alertmanager 0.25 ({@code apt-get install prometheus-alertmanager})
 * delivers to the receiver with a bearer token, repeats its notification, then resolves it. Runs
 * where the package is installed (as on our build machines).
 */
@QuarkusTest
@EnabledIf("alertmanagerInstalled")
class AlertmanagerEndToEndTest {
  private static final Path ALERTMANAGER = Path.of("/usr/bin/prometheus-alertmanager");
  private static final Path AMTOOL = Path.of("/usr/bin/amtool");

  static boolean alertmanagerInstalled() {
    return Files.isExecutable(ALERTMANAGER) && Files.isExecutable(AMTOOL);
  }

  @Test
  void realAlertmanagerRepeatsAndResolvesOnePage() throws Exception {
    String team = Fixtures.team();
    String rotation = Fixtures.rotation(rotationInput(team));
    Fixtures.setRoster(rotation, Fixtures.people(3));
    Path dir = Files.createTempDirectory("dutyboard-am");
    int port = freePort();
    Files.writeString(
        dir.resolve("am.yml"),
        """
        route:
          receiver: dutyboard
          group_by: ['alertname']
          group_wait: 1s
          group_interval: 1s
          repeat_interval: 2s
        receivers:
          - name: dutyboard
            webhook_configs:
              - url: http://127.0.0.1:%d/webhooks/alertmanager
                send_resolved: true
                http_config:
                  authorization:
                    type: Bearer
                    credentials: %s
        """
            .formatted(RestAssured.port, token("INGEST")));
    Process alertmanager =
        new ProcessBuilder(
                ALERTMANAGER.toString(),
                "--config.file=" + dir.resolve("am.yml"),
                "--storage.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--cluster.listen-address=")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("alertmanager.log").toFile())
            .start();
    try {
      String start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60).toString();
      List<String> alert =
          List.of(
              "alert",
              "add",
              "EndToEnd",
              "dutyboard_rotation=" + rotation,
              "severity=page",
              "--annotation=summary=end to end",
              "--start=" + start);
      amtool(port, alert, null);
      Map<String, Object> repeated =
          awaitPage(team, p -> ((Integer) p.get("notifications")) >= 2, dir);
      assertThat(repeated).containsEntry("status", "FIRING").containsEntry("startsAt", start);
      assertThat((List<?>) repeated.get("onCall")).hasSize(3);

      amtool(port, alert, Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS).toString());
      Map<String, Object> resolved = awaitPage(team, p -> "RESOLVED".equals(p.get("status")), dir);
      assertThat(resolved.get("id")).isEqualTo(repeated.get("id"));
    } finally {
      alertmanager.destroy();
      alertmanager.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static void amtool(int port, List<String> args, String end) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(AMTOOL.toString(), "--alertmanager.url=http://127.0.0.1:" + port));
    command.addAll(args);
    if (end != null) {
      command.add("--end=" + end);
    }
    Instant deadline = Instant.now().plusSeconds(20);
    while (true) { // Alertmanager may still be starting
      Process amtool = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(amtool.getInputStream().readAllBytes());
      if (amtool.waitFor() == 0) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("amtool failed: " + output);
      }
      Thread.sleep(500);
    }
  }

  private static Map<String, Object> awaitPage(
      String team, Predicate<Map<String, Object>> condition, Path dir) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
    while (Instant.now().isBefore(deadline)) {
      List<Map<String, Object>> pages =
          GraphQl.admin()
              .ok(
                  """
                  query($team: ID!) {
                    alertPages(teamId: $team) {
                      nodes { id status startsAt notifications onCall { role } }
                    }
                  }""",
                  "team",
                  team)
              .getList("alertPages.nodes");
      assertThat(pages).hasSizeLessThanOrEqualTo(1);
      if (!pages.isEmpty() && condition.test(pages.get(0))) {
        return pages.get(0);
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "no matching page; Alertmanager log:\n"
            + Files.readString(dir.resolve("alertmanager.log")));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
