package org.dutyboard.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dutyboard.publish.StatusSitePublisher;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scheduled maintenance through GraphQL: its life with the automatic transitions (driven by hand
 * with a MutableClock in March 2025, a time no other test uses), privacy of the ops fields, bad
 * input and concurrent edits.
 */
@QuarkusTest
class MaintenanceApiTest {
  static final String FIELDS =
      """
      id title message status plannedStart plannedEnd version
      components { id name } vendorReference circuitId internalNotes
      updates { status message author automatic postedAt }""";
  static final String SCHEDULE =
      "mutation($input: MaintenanceWindowInput!) { scheduleMaintenanceWindow(input: $input) { "
          + FIELDS
          + " } }";
  private static final String GET =
      "query($id: ID!) { maintenanceWindow(id: $id) { " + FIELDS + " } }";
  private static final String UPDATE =
      """
      mutation($id: ID!, $input: MaintenanceWindowInput!, $v: Int) {
        updateMaintenanceWindow(id: $id, input: $input, expectedVersion: $v) { title version }
      }""";
  private static final String POST =
      """
      mutation($id: ID!, $status: MaintenanceStatus!, $message: String!, $v: Int) {
        postMaintenanceUpdate(id: $id, input: {status: $status, message: $message},
            expectedVersion: $v) { status version }
      }""";
  private static final String CANCEL =
      """
      mutation($id: ID!) { cancelMaintenanceWindow(id: $id, reason: "Vendor postponed") { status } }""";
  private static final String LIST =
      """
      query($when: MaintenanceWhen, $after: String) {
        maintenanceWindows(when: $when, first: 2, after: $after) {
          nodes { id status plannedStart } pageInfo { hasNextPage endCursor }
        }
      }""";

  @Inject MutableClock clock;
  @Inject MaintenanceTransitionJob job;
  @Inject MaintenanceTransitioner transitioner;
  @Inject StatusSitePublisher publisher;

  private GraphQl scheduler;

  @BeforeEach
  void aScheduler() {
    scheduler = GraphQl.withToken(Fixtures.token("SCHEDULER"));
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  static Map<String, Object> input(String title, String start, String end, String... components) {
    Map<String, Object> input = new HashMap<>();
    input.put("title", title);
    input.put("message", "Our provider works on a circuit; brief packet loss is possible.");
    input.put("plannedStart", start);
    input.put("plannedEnd", end);
    input.put("componentIds", List.of(components));
    input.put("vendorReference", "PWIC-1187");
    input.put("circuitId", "NWF/IRS/204417");
    input.put("internalNotes", "Call the NOC before starting");
    return input;
  }

  private String schedule(Map<String, Object> input) {
    return scheduler.ok(SCHEDULE, "input", input).getString("scheduleMaintenanceWindow.id");
  }

  private JsonPath get(String id) {
    return GraphQl.admin().ok(GET, "id", id).setRootPath("data.maintenanceWindow");
  }

  private void runJobAt(String at) {
    clock.set(Instant.parse(at));
    job.run();
  }

  private JsonPath published(String file) throws IOException {
    Path site = publisher.outputDir().resolve("current").toRealPath();
    return JsonPath.from(site.resolve("api/v2/" + file).toFile());
  }

  @Test
  void aWindowStartsAndCompletesOnTimeAndTheSiteFollows() throws IOException {
    String component = Fixtures.component();
    clock.set(Instant.parse("2025-03-01T10:00:00Z"));
    String id =
        schedule(
            input("Uplink maintenance", "2025-03-02T01:00:00Z", "2025-03-02T03:00:00Z", component));
    assertThat(get(id).getString("status")).isEqualTo("SCHEDULED");

    runJobAt("2025-03-02T00:59:59Z");
    assertThat(get(id).getString("status")).isEqualTo("SCHEDULED");

    runJobAt("2025-03-02T01:00:00Z");
    runJobAt("2025-03-02T01:00:30Z"); // a second run (or replica) changes nothing more
    JsonPath started = get(id);
    assertThat(started.getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(started.getList("updates.status")).containsExactly("IN_PROGRESS");
    assertThat(started.getList("updates.automatic")).containsExactly(true);
    assertThat(started.getList("updates.author"))
        .containsExactly(MaintenanceTransitions.SYSTEM_AUTHOR);
    assertThat(started.getList("updates.postedAt")).containsExactly("2025-03-02T01:00:00Z");
    assertThat(statusOnSite(component)).isEqualTo("under_maintenance");
    assertThat(published("scheduled-maintenances/active.json").getList("scheduled_maintenances.id"))
        .contains(id);

    clock.set(Instant.parse("2025-03-02T02:30:00Z"));
    scheduler.ok(POST, "id", id, "status", "VERIFYING", "message", "Verifying routes", "v", null);
    assertThat(
            scheduler.error(POST, "id", id, "status", "IN_PROGRESS", "message", "back", "v", null))
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "status");

    runJobAt("2025-03-02T03:00:00Z");
    JsonPath done = get(id);
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getList("updates.status"))
        .containsExactly("IN_PROGRESS", "VERIFYING", "COMPLETED");
    assertThat(done.getList("updates.automatic")).containsExactly(true, false, true);
    assertThat(statusOnSite(component)).isEqualTo("operational");
    assertThat(
            published("scheduled-maintenances.json")
                .getString("scheduled_maintenances.find { it.id == '" + id + "' }.status"))
        .isEqualTo("completed");

    assertThat(scheduler.error(POST, "id", id, "status", "COMPLETED", "message", "x", "v", null))
        .containsEntry("code", "CONFLICT");
  }

  @Test
  void aLateRunTakesAnEndedWindowStraightToCompletedWithOneUpdate() {
    clock.set(Instant.parse("2025-03-04T10:00:00Z"));
    String id = schedule(input("Switch reboot", "2025-03-05T01:00:00Z", "2025-03-05T02:00:00Z"));

    runJobAt("2025-03-07T08:00:00Z"); // the service was down across the whole window

    JsonPath window = get(id);
    assertThat(window.getString("status")).isEqualTo("COMPLETED");
    assertThat(window.getList("updates.status")).containsExactly("COMPLETED");
    assertThat(window.getList("updates.message"))
        .containsExactly(MaintenanceTransitions.COMPLETED_MESSAGE);
  }

  @Test
  void replicasRunningTheJobAtOnceTransitionAWindowOnce() throws Exception {
    clock.set(Instant.parse("2025-03-18T10:00:00Z"));
    String id = schedule(input("Raced", "2025-03-19T01:00:00Z", "2025-03-19T02:00:00Z"));
    Instant start = Instant.parse("2025-03-19T01:00:00Z");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<MaintenanceTransitions.Transition>>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(pool.submit(() -> transitioner.applyDue(start)));
    }
    long ours = 0;
    for (Future<List<MaintenanceTransitions.Transition>> run : runs) {
      ours += run.get().stream().filter(t -> t.window().id().toString().equals(id)).count();
    }
    pool.shutdown();
    assertThat(ours).isEqualTo(1);
    assertThat(get(id).getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(get(id).getList("updates.status")).containsExactly("IN_PROGRESS");
  }

  @Test
  void aCancelledWindowNeverStartsAndLeavesTheSite() throws IOException {
    clock.set(Instant.parse("2025-03-08T10:00:00Z"));
    String id = schedule(input("Postponed work", "2025-03-09T01:00:00Z", "2025-03-09T02:00:00Z"));
    assertThat(scheduler.ok(CANCEL, "id", id).getString("cancelMaintenanceWindow.status"))
        .isEqualTo("CANCELLED");
    assertThat(scheduler.error(CANCEL, "id", id)).containsEntry("code", "CONFLICT");

    runJobAt("2025-03-10T00:00:00Z");

    assertThat(get(id).getString("status")).isEqualTo("CANCELLED");
    assertThat(get(id).getList("updates.message")).containsExactly("Vendor postponed");
    GraphQl.admin().ok("mutation { publishStatusSite { outcome } }");
    assertThat(published("scheduled-maintenances.json").getList("scheduled_maintenances.id"))
        .doesNotContain(id);
  }

  @Test
  void privateFieldsAreForRespondersAndSchedulersOnly() {
    clock.set(Instant.parse("2025-03-11T10:00:00Z"));
    String id = schedule(input("Fibre splice", "2025-03-12T01:00:00Z", "2025-03-12T02:00:00Z"));

    JsonPath viewer =
        GraphQl.withToken(Fixtures.token("VIEWER"))
            .ok(GET, "id", id)
            .setRootPath("data.maintenanceWindow");
    assertThat(viewer.getString("title")).isEqualTo("Fibre splice");
    assertThat(viewer.getString("vendorReference")).isNull();
    assertThat(viewer.getString("circuitId")).isNull();
    assertThat(viewer.getString("internalNotes")).isNull();

    JsonPath responder =
        GraphQl.withToken(Fixtures.token("RESPONDER"))
            .ok(GET, "id", id)
            .setRootPath("data.maintenanceWindow");
    assertThat(responder.getString("vendorReference")).isEqualTo("PWIC-1187");
    assertThat(responder.getString("circuitId")).isEqualTo("NWF/IRS/204417");
    assertThat(responder.getString("internalNotes")).isEqualTo("Call the NOC before starting");

    assertThat(GraphQl.anonymous().error(GET, "id", id)).containsEntry("code", "UNAUTHENTICATED");
    assertThat(
            GraphQl.withToken(Fixtures.token("RESPONDER"))
                .error(
                    SCHEDULE, "input", input("x", "2025-03-12T01:00:00Z", "2025-03-12T02:00:00Z")))
        .containsEntry("code", "FORBIDDEN");
  }

  @Test
  void badInputGetsATypedErrorAndChangesNothing() {
    clock.set(Instant.parse("2025-03-13T10:00:00Z"));
    String component = Fixtures.component();
    String id =
        schedule(input("Original", "2025-03-14T01:00:00Z", "2025-03-14T02:00:00Z", component));
    int version = get(id).getInt("version");

    Map<String, Object> backwards =
        input("Changed", "2025-03-14T02:00:00Z", "2025-03-14T01:00:00Z");
    assertThat(scheduler.error(UPDATE, "id", id, "input", backwards, "v", version))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "plannedEnd");
    Map<String, Object> unknown =
        input(
            "Changed",
            "2025-03-14T01:00:00Z",
            "2025-03-14T03:00:00Z",
            "00000000-0000-0000-0000-000000000001");
    assertThat(scheduler.error(UPDATE, "id", id, "input", unknown, "v", version))
        .containsEntry("code", "NOT_FOUND")
        .containsEntry("field", "componentIds");
    Map<String, Object> fine = input("Changed", "2025-03-14T01:00:00Z", "2025-03-14T03:00:00Z");
    assertThat(scheduler.error(UPDATE, "id", id, "input", fine, "v", version + 1))
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "expectedVersion");
    assertThat(scheduler.error(SCHEDULE, "input", backwards))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "plannedEnd");

    assertThat(
            GraphQl.admin()
                .error("mutation($id: ID!) { deleteComponent(id: $id) }", "id", component))
        .as("a component a maintenance window names stays")
        .containsEntry("code", "CONFLICT");

    JsonPath unchanged = get(id);
    assertThat(unchanged.getString("title")).isEqualTo("Original");
    assertThat(unchanged.getString("plannedEnd")).isEqualTo("2025-03-14T02:00:00Z");
    assertThat(unchanged.getList("components.id")).containsExactly(component);
    assertThat(unchanged.getInt("version")).isEqualTo(version);
    assertThat(unchanged.getList("updates")).isEmpty();
  }

  @Test
  void concurrentEditsOfOneVersionHaveExactlyOneWinner() throws Exception {
    clock.set(Instant.parse("2025-03-15T10:00:00Z"));
    String id = schedule(input("Contended", "2025-03-16T01:00:00Z", "2025-03-16T02:00:00Z"));
    int version = get(id).getInt("version");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<JsonPath>> results = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Map<String, Object> edit = input("Edit " + i, "2025-03-16T01:00:00Z", "2025-03-16T02:00:00Z");
      Callable<JsonPath> call =
          () -> scheduler.execute(UPDATE, "id", id, "input", edit, "v", version);
      results.add(pool.submit(call));
    }
    List<String> winners = new ArrayList<>();
    for (Future<JsonPath> result : results) {
      JsonPath response = result.get();
      if (response.getList("errors") == null) {
        winners.add(response.getString("data.updateMaintenanceWindow.title"));
      } else {
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
      }
    }
    pool.shutdown();
    assertThat(winners).hasSize(1);
    assertThat(get(id).getString("title")).isEqualTo(winners.get(0));
  }

  @Test
  void listsPageThroughUpcomingWindowsSoonestFirst() {
    clock.set(Instant.parse("2025-03-17T10:00:00Z"));
    List<String> ids = new ArrayList<>();
    for (int day = 20; day <= 24; day++) {
      ids.add(
          schedule(
              input(
                  "Paged " + day,
                  "2099-01-" + day + "T01:00:00Z",
                  "2099-01-" + day + "T02:00:00Z")));
    }
    List<String> seen = new ArrayList<>();
    String after = null;
    do {
      JsonPath page =
          GraphQl.withToken(Fixtures.token("VIEWER"))
              .ok(LIST, "when", "UPCOMING", "after", after)
              .setRootPath("data.maintenanceWindows");
      assertThat(page.getList("nodes.status")).containsOnly("SCHEDULED");
      seen.addAll(page.getList("nodes.id"));
      after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
    } while (after != null);
    List<String> ours = seen.stream().filter(ids::contains).toList();
    assertThat(ours).containsExactlyElementsOf(ids);
  }

  private String statusOnSite(String component) throws IOException {
    return published("components.json")
        .getString("components.find { it.id == '" + component + "' }.status");
  }
}
