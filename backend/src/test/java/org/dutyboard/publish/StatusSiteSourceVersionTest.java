package org.dutyboard.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Inputs.anIncident;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    return Fixtures.declare(
        responder,
        anIncident("SEV3")
            .titled(Fixtures.unique("Disks fill up"))
            .visible(visibility)
            .publiclyTitled(Fixtures.unique("Slow uploads"))
            .affecting(component));
  }

  private static Instant post(GraphQl responder, String incidentId, String component) {
    return Fixtures.postStatusUpdate(
        responder, incidentId, "INVESTIGATING", component, "DEGRADED_PERFORMANCE");
  }
}
