package org.dutyboard.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

/**
 * The privacy canary: everything internal (PRIVATE incidents with their timeline, updates and
 * summaries; internal titles, summaries and timelines of PUBLIC incidents; vendor references,
 * circuit ids and internal notes of maintenance) carries a unique string that must appear in no
 * file of the published site. Cancelled maintenance does not appear either.
 */
@QuarkusTest
class StatusSitePrivacyTest {
  static final String PUBLISH =
      """
      mutation { publishStatusSite { outcome version contentHash generatedAt } }""";
  private static final String DECLARE =
      """
      mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }""";
  private static final String LOG =
      """
      mutation($id: ID!, $input: TimelineEntryInput!) {
        appendTimelineEntry(incidentId: $id, input: $input) { id }
      }""";
  private static final String POST =
      """
      mutation($id: ID!, $input: StatusUpdateInput!) {
        postStatusUpdate(incidentId: $id, input: $input) { id }
      }""";

  private static final String SCHEDULE_MAINTENANCE =
      """
      mutation($input: MaintenanceWindowInput!) { scheduleMaintenanceWindow(input: $input) { id } }""";
  private static final String POST_MAINTENANCE =
      """
      mutation($id: ID!, $status: MaintenanceStatus!, $message: String!) {
        postMaintenanceUpdate(id: $id, input: {status: $status, message: $message}) { id }
      }""";

  @Inject StatusSitePublisher publisher;
  @Inject StatusSnapshotAssembler assembler;

  @Test
  void nothingInternalReachesTheSiteAndPrivateIncidentsDoNotCount() throws IOException {
    String canary = Fixtures.unique("CANARY");
    String component = Fixtures.component();
    GraphQl responder =
        GraphQl.withToken(Fixtures.personToken(Fixtures.person("resp"), "RESPONDER"));

    String privateId =
        declare(responder, "PRIVATE", "SEV1", canary + " private title", canary, component);
    responder.ok(LOG, "id", privateId, "input", Map.of("kind", "ACTION", "text", canary + " log"));
    post(responder, privateId, canary + " private update", component, "MAJOR_OUTAGE");

    String publicMessage = Fixtures.unique("Wikis are slow");
    String headline = Fixtures.unique("Slow wikis");
    String publicId =
        declare(responder, "PUBLIC", "SEV3", canary + " internal", headline, component);
    responder.ok(LOG, "id", publicId, "input", Map.of("kind", "ACTION", "text", canary + " log"));
    post(responder, publicId, publicMessage, component, "DEGRADED_PERFORMANCE");

    // A maintenance under way whose private ops fields carry the canary; a cancelled one.
    String maintained = Fixtures.component();
    String maintenanceTitle = Fixtures.unique("Uplink work");
    GraphQl scheduler = GraphQl.withToken(Fixtures.token("SCHEDULER"));
    String maintenanceId =
        scheduler
            .ok(
                SCHEDULE_MAINTENANCE,
                "input",
                Map.of(
                    "title",
                    maintenanceTitle,
                    "message",
                    "Brief packet loss is possible.",
                    "plannedStart",
                    "2020-01-01T00:00:00Z",
                    "plannedEnd",
                    "2030-01-01T00:00:00Z",
                    "componentIds",
                    List.of(maintained),
                    "vendorReference",
                    canary + " vendor",
                    "circuitId",
                    canary + " circuit",
                    "internalNotes",
                    canary + " notes"))
            .getString("scheduleMaintenanceWindow.id");
    scheduler.ok(
        POST_MAINTENANCE, "id", maintenanceId, "status", "IN_PROGRESS", "message", "Started");
    String cancelledTitle = Fixtures.unique("Called off");
    String cancelledId =
        scheduler
            .ok(
                SCHEDULE_MAINTENANCE,
                "input",
                Map.of(
                    "title", cancelledTitle,
                    "message", "Will not happen.",
                    "plannedStart", "2099-01-01T00:00:00Z",
                    "plannedEnd", "2099-01-01T01:00:00Z",
                    "internalNotes", canary + " notes"))
            .getString("scheduleMaintenanceWindow.id");
    scheduler.ok(
        "mutation($id: ID!) { cancelMaintenanceWindow(id: $id) { id } }", "id", cancelledId);

    JsonPath result = GraphQl.admin().ok(PUBLISH);
    assertThat(result.getString("publishStatusSite.outcome")).isEqualTo("PUBLISHED");
    assertThat(result.getString("publishStatusSite.contentHash")).startsWith("sha256:");

    Path site = publisher.outputDir().resolve("current").toRealPath();
    assertThat(site.getFileName().toString())
        .isEqualTo(result.getString("publishStatusSite.version"));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(site)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).hasSizeGreaterThan(5);
    StringBuilder everything = new StringBuilder();
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      assertThat(text).as("%s", site.relativize(file)).doesNotContain(canary);
      assertThat(text).as("%s", site.relativize(file)).doesNotContain(privateId);
      assertThat(text).as("%s", site.relativize(file)).doesNotContain(cancelledTitle, cancelledId);
      everything.append(text);
    }
    assertThat(everything).contains(publicMessage, headline, publicId);
    assertThat(everything).contains(maintenanceTitle, maintenanceId);

    JsonPath summary = JsonPath.from(site.resolve("api/v2/summary.json").toFile());
    assertThat(summary.getString("components.find { it.id == '" + component + "' }.status"))
        .as("the private MAJOR_OUTAGE does not count")
        .isEqualTo("degraded_performance");
    assertThat(summary.getString("components.find { it.id == '" + maintained + "' }.status"))
        .as("a component under an in-progress maintenance")
        .isEqualTo("under_maintenance");
    assertThat(Files.exists(site.resolve("incidents/" + publicId + ".html"))).isTrue();
    List<String> ids = assembler.assemble().incidents().stream().map(PublicIncident::id).toList();
    assertThat(ids).contains(publicId).doesNotContain(privateId);
    assertThat(ids).hasSize(publicIncidentsWithUpdates());
  }

  @Test
  void publishingNeedsAdminAndUnchangedContentIsNotWrittenAgain() {
    GraphQl viewer = GraphQl.withToken(Fixtures.token("VIEWER"));
    assertThat(viewer.error(PUBLISH)).containsEntry("code", "FORBIDDEN");
    GraphQl.admin().ok(PUBLISH);
    assertThat(GraphQl.admin().ok(PUBLISH).getString("publishStatusSite.outcome"))
        .isEqualTo("UNCHANGED");
  }

  /** PUBLIC incidents with at least one status update, counted through the public API. */
  private static int publicIncidentsWithUpdates() {
    int count = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    String after = null;
    do {
      JsonPath page =
          GraphQl.anonymous()
              .ok(
                  """
                  query($after: String) {
                    publicStatusUpdates(first: 100, after: $after) {
                      nodes { incident } pageInfo { hasNextPage endCursor }
                    }
                  }""",
                  "after",
                  after);
      for (String reference : page.<String>getList("publicStatusUpdates.nodes.incident")) {
        if (seen.add(reference)) {
          count++;
        }
      }
      after =
          page.getBoolean("publicStatusUpdates.pageInfo.hasNextPage")
              ? page.getString("publicStatusUpdates.pageInfo.endCursor")
              : null;
    } while (after != null);
    return count;
  }

  private static String declare(
      GraphQl api,
      String visibility,
      String severity,
      String title,
      String publicTitleOrSummary,
      String component) {
    boolean isPublic = visibility.equals("PUBLIC");
    return api.ok(
            DECLARE,
            "input",
            Map.of(
                "title",
                title,
                "severity",
                severity,
                "visibility",
                visibility,
                "summary",
                title + " summary",
                "publicTitle",
                isPublic ? publicTitleOrSummary : publicTitleOrSummary + " headline",
                "componentIds",
                List.of(component)))
        .getString("declareIncident.id");
  }

  private static void post(
      GraphQl api, String incidentId, String message, String component, String status) {
    api.ok(
        POST,
        "id",
        incidentId,
        "input",
        Map.of(
            "status",
            "INVESTIGATING",
            "message",
            message,
            "components",
            List.of(Map.of("componentId", component, "status", status))));
  }
}
