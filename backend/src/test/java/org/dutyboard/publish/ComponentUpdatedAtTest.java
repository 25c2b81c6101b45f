package org.dutyboard.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Inputs.anIncident;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

/** {@code components[].updated_at} is the time of the component's last status change. */
@QuarkusTest
class ComponentUpdatedAtTest {
  @Inject StatusSitePublisher publisher;

  /** Real time throughout: other tests publishing later never see an incident from their future. */
  @Test
  void updatedAtMovesWhenTheStatusChangesAndOnlyThen() throws Exception {
    String component = Fixtures.component();
    GraphQl responder =
        GraphQl.withToken(Fixtures.personToken(Fixtures.person("upd"), "RESPONDER"));
    String incident =
        Fixtures.declare(
            responder,
            anIncident("SEV3")
                .titled("Uploads fail")
                .visible("PUBLIC")
                .publiclyTitled("Slow uploads")
                .affecting(component));
    Instant degraded =
        post(responder, incident, "INVESTIGATING", component, "DEGRADED_PERFORMANCE");
    assertThat(componentOnSite(component).getString("status")).isEqualTo("degraded_performance");
    assertThat(updatedAt(component)).isEqualTo(seconds(degraded));

    post(responder, incident, "IDENTIFIED", component, "DEGRADED_PERFORMANCE");
    assertThat(updatedAt(component))
        .as("an update that keeps the status is no status change")
        .isEqualTo(seconds(degraded));

    Instant operational = post(responder, incident, "MONITORING", component, "OPERATIONAL");
    assertThat(componentOnSite(component).getString("status")).isEqualTo("operational");
    assertThat(updatedAt(component)).isEqualTo(seconds(operational));
    assertThat(operational).isAfter(degraded);
  }

  /** Compared to the second: the site's API and the GraphQL DateTime differ in precision. */
  private static Instant seconds(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS);
  }

  private static Instant post(
      GraphQl responder, String incident, String status, String component, String impact) {
    return Fixtures.postStatusUpdate(responder, incident, status, component, impact);
  }

  private Instant updatedAt(String component) throws Exception {
    return OffsetDateTime.parse(componentOnSite(component).getString("updated_at"))
        .toInstant()
        .truncatedTo(ChronoUnit.SECONDS);
  }

  private JsonPath componentOnSite(String component) throws Exception {
    GraphQl.admin().ok("mutation { publishStatusSite { outcome } }");
    Path site = publisher.outputDir().resolve("current").toRealPath();
    JsonPath json = JsonPath.from(site.resolve("api/v2/components.json").toFile());
    return json.setRootPath("components.find { it.id == '" + component + "' }");
  }
}
