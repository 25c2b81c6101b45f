package org.dutyboard.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * {@code generated.json} tells a monitor which service version and which state of the public data
 * the live site shows; private activity changes neither the site nor that marker.
 */
@QuarkusTest
class StatusSiteSourceVersionTest {
  private static final String DECLARE =
      """
      mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }""";
  private static final String POST =
      """
      mutation($id: ID!, $input: StatusUpdateInput!) {
        postStatusUpdate(incidentId: $id, input: $input) { postedAt }
      }""";

  @Inject StatusSitePublisher publisher;

  @ConfigProperty(name = "quarkus.application.version")
  String applicationVersion;

  @Test
  void theHeartbeatNamesTheVersionAndTheLatestPublicChange() throws Exception {
    assertThat(applicationVersion).as("set from the Maven project version").matches("\\d+\\..+");
    String component = Fixtures.component();
    publish();
    JsonPath before = heartbeat();
    String prefix = "dutyboard " + applicationVersion + "; data ";
    assertThat(before.getString("sourceVersion")).startsWith(prefix);
    Instant marker = Instant.parse(before.getString("sourceVersion").substring(prefix.length()));

    GraphQl responder =
        GraphQl.withToken(Fixtures.personToken(Fixtures.person("resp"), "RESPONDER"));
    post(responder, declare(responder, "PRIVATE", component), component);
    assertThat(publish()).as("private activity is not a change").isEqualTo("UNCHANGED");
    assertThat(heartbeat().getString("sourceVersion")).isEqualTo(before.getString("sourceVersion"));

    Instant posted = post(responder, declare(responder, "PUBLIC", component), component);
    assertThat(publish()).isEqualTo("PUBLISHED");
    JsonPath after = heartbeat();
    Instant latest = posted.isAfter(marker) ? posted.truncatedTo(ChronoUnit.SECONDS) : marker;
    assertThat(after.getString("sourceVersion")).isEqualTo(prefix + latest);

    assertThat(publish()).as("an unchanged site is not rewritten").isEqualTo("UNCHANGED");
    assertThat(heartbeat().getString("generatedAt")).isEqualTo(after.getString("generatedAt"));
  }

  private static String publish() {
    return GraphQl.admin()
        .ok("mutation { publishStatusSite { outcome } }")
        .getString("publishStatusSite.outcome");
  }

  private JsonPath heartbeat() throws Exception {
    Path file = publisher.outputDir().resolve("current/generated.json");
    return JsonPath.from(Files.readString(file));
  }

  private static String declare(GraphQl responder, String visibility, String component) {
    return responder
        .ok(
            DECLARE,
            "input",
            Map.of(
                "title", Fixtures.unique("Disks fill up"),
                "severity", "SEV3",
                "visibility", visibility,
                "publicTitle", Fixtures.unique("Slow uploads"),
                "componentIds", List.of(component)))
        .getString("declareIncident.id");
  }

  private static Instant post(GraphQl responder, String incidentId, String component) {
    String posted =
        responder
            .ok(
                POST,
                "id",
                incidentId,
                "input",
                Map.of(
                    "status",
                    "INVESTIGATING",
                    "message",
                    Fixtures.unique("Checking"),
                    "components",
                    List.of(Map.of("componentId", component, "status", "DEGRADED_PERFORMANCE"))))
            .getString("postStatusUpdate.postedAt");
    return Instant.parse(posted);
  }
}
