package org.dutyboard.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.dutyboard.publish.StatusSitePublisher;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An admin sets a component's status by hand; the site shows it; every change is on record. */
@QuarkusTest
class ComponentOverrideApiTest {
  private static final String SET =
      """
      mutation($id: ID!, $input: ComponentOverrideInput!, $v: Int) {
        setComponentStatusOverride(id: $id, input: $input, expectedVersion: $v) {
          statusOverride statusOverrideUntil version
        }
      }""";
  private static final String CLEAR =
      """
      mutation($id: ID!, $v: Int) {
        clearComponentStatusOverride(id: $id, reason: "Vendor confirmed", expectedVersion: $v) {
          statusOverride version
        }
      }""";
  private static final String HISTORY =
      """
      query($id: ID!) {
        componentStatusOverrides(componentId: $id) {
          nodes { action status reason until actor at }
        }
      }""";
  private static final String PUBLISH = "mutation { publishStatusSite { outcome } }";

  @Inject MutableClock clock;
  @Inject StatusSitePublisher publisher;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private static Map<String, Object> override(String status, String reason, String until) {
    Map<String, Object> input = new HashMap<>();
    input.put("status", status);
    input.put("reason", reason);
    input.put("until", until);
    return input;
  }

  private String statusOnSite(String component) throws IOException {
    GraphQl.admin().ok(PUBLISH);
    Path site = publisher.outputDir().resolve("current").toRealPath();
    return JsonPath.from(site.resolve("api/v2/components.json").toFile())
        .getString("components.find { it.id == '" + component + "' }.status");
  }

  @Test
  void anOverrideReplacesTheDerivedStatusUntilClearedAndIsRecorded() throws IOException {
    String component = Fixtures.component();
    assertThat(statusOnSite(component)).isEqualTo("operational");

    clock.set(Instant.parse("2027-05-01T10:00:00Z"));
    JsonPath set =
        GraphQl.admin()
            .ok(SET, "id", component, "input", override("MAJOR_OUTAGE", "Vendor outage", null));
    assertThat(set.getString("setComponentStatusOverride.statusOverride"))
        .isEqualTo("MAJOR_OUTAGE");
    int version = set.getInt("setComponentStatusOverride.version");
    assertThat(statusOnSite(component)).isEqualTo("major_outage");

    clock.set(Instant.parse("2027-05-01T11:00:00Z"));
    GraphQl.admin().ok(CLEAR, "id", component, "v", version);
    assertThat(statusOnSite(component)).isEqualTo("operational");

    JsonPath history =
        GraphQl.withToken(Fixtures.token("VIEWER"))
            .ok(HISTORY, "id", component)
            .setRootPath("data.componentStatusOverrides.nodes");
    assertThat(history.getList("action")).containsExactly("CLEAR", "SET");
    assertThat(history.getList("status")).containsExactly(null, "MAJOR_OUTAGE");
    assertThat(history.getList("reason")).containsExactly("Vendor confirmed", "Vendor outage");
    assertThat(history.getList("at"))
        .containsExactly("2027-05-01T11:00:00Z", "2027-05-01T10:00:00Z");
    assertThat(history.getList("actor")).doesNotContainNull();
  }

  @Test
  void anOverrideWithAnEndStopsApplyingThen() throws IOException {
    String component = Fixtures.component();
    clock.set(Instant.parse("2027-05-02T10:00:00Z"));
    GraphQl.admin()
        .ok(
            SET,
            "id",
            component,
            "input",
            override("UNDER_MAINTENANCE", "Unannounced vendor work", "2027-05-02T12:00:00Z"));
    assertThat(statusOnSite(component)).isEqualTo("under_maintenance");
    clock.set(Instant.parse("2027-05-02T12:00:00Z"));
    assertThat(statusOnSite(component)).isEqualTo("operational");
  }

  @Test
  void onlyAdminsSetAndBadInputChangesNothing() {
    String component = Fixtures.component();
    Map<String, Object> fine = override("PARTIAL_OUTAGE", "Reason", null);
    assertThat(
            GraphQl.withToken(Fixtures.token("SCHEDULER", "RESPONDER"))
                .error(SET, "id", component, "input", fine))
        .containsEntry("code", "FORBIDDEN");
    assertThat(
            GraphQl.admin()
                .error(SET, "id", component, "input", override("PARTIAL_OUTAGE", " ", null)))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "reason");
    assertThat(
            GraphQl.admin()
                .error(
                    SET,
                    "id",
                    component,
                    "input",
                    override("PARTIAL_OUTAGE", "Reason", "2001-01-01T00:00:00Z")))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "until");
    assertThat(GraphQl.admin().error(SET, "id", component, "input", fine, "v", 99))
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "expectedVersion");
    assertThat(GraphQl.admin().error(CLEAR, "id", component, "v", null))
        .containsEntry("code", "CONFLICT");
    assertThat(
            GraphQl.admin().error(SET, "id", "00000000-0000-0000-0000-000000000001", "input", fine))
        .containsEntry("code", "NOT_FOUND");

    assertThat(
            GraphQl.admin().ok(HISTORY, "id", component).getList("componentStatusOverrides.nodes"))
        .isEmpty();
    assertThat(
            GraphQl.anonymous()
                .ok("{ components { id statusOverride } }")
                .getString("components.find { it.id == '" + component + "' }.statusOverride"))
        .isNull();
  }

  @Test
  void deletingWithAStaleVersionConflictsAndKeepsTheComponent() {
    String component = Fixtures.component();
    JsonPath set =
        GraphQl.admin()
            .ok(SET, "id", component, "input", override("DEGRADED_PERFORMANCE", "Slow", null));
    int version = set.getInt("setComponentStatusOverride.version");
    String delete = "mutation($id: ID!, $v: Int) { deleteComponent(id: $id, expectedVersion: $v) }";

    assertThat(GraphQl.admin().error(delete, "id", component, "v", version - 1))
        .containsEntry("code", "CONFLICT");
    // still there: the current version deletes it
    assertThat(
            GraphQl.admin().ok(delete, "id", component, "v", version).getBoolean("deleteComponent"))
        .isTrue();
  }
}
