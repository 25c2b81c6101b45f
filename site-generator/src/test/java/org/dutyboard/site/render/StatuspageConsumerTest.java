package org.dutyboard.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dutyboard.site.fixtures.RenderedSite;
import org.dutyboard.site.fixtures.SampleSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the JSON the way a Statuspage v2 client (dashboards, aggregators) would. */
class StatuspageConsumerTest {

  static final Set<String> COMPONENT_STATUSES =
      Set.of(
          "operational",
          "degraded_performance",
          "partial_outage",
          "major_outage",
          "under_maintenance");

  @TempDir static Path dir;
  static RenderedSite site;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void render() {
    site = RenderedSite.render(SampleSnapshot.snapshot(), dir.resolve("site"));
  }

  static JsonNode read(String path) throws Exception {
    return JSON.readTree(site.file("api/v2/" + path).toFile());
  }

  @Test
  void summaryHasPageStatusComponentsUnresolvedIncidentsAndMaintenance() throws Exception {
    JsonNode summary = read("summary.json");
    assertThat(summary.path("page").path("id").asText()).isEqualTo("status.example.org");
    assertThat(summary.path("page").path("time_zone").asText()).isEqualTo("Europe/Berlin");
    assertThat(summary.path("status").path("indicator").asText()).isEqualTo("major");
    assertThat(summary.path("status").path("description").asText()).isEqualTo("Partial outage");
    assertThat(texts(summary.path("incidents"), "id")).containsExactly("3");
    assertThat(texts(summary.path("scheduled_maintenances"), "status"))
        .containsExactly("scheduled");
    for (JsonNode c : summary.path("components")) {
      assertThat(COMPONENT_STATUSES).contains(c.path("status").asText());
    }
  }

  @Test
  void componentsListGroupsWithTheirMembersLikeStatuspage() throws Exception {
    JsonNode components = read("components.json").path("components");
    assertThat(texts(components, "id"))
        .containsExactly("platform", "api", "web", "search", "webhooks");
    JsonNode group = components.get(0);
    assertThat(group.path("group").asBoolean()).isTrue();
    assertThat(group.path("status").asText()).isEqualTo("partial_outage");
    assertThat(texts(group.path("components"), null)).containsExactly("api", "web");
    JsonNode api = components.get(1);
    assertThat(api.path("group_id").asText()).isEqualTo("platform");
    assertThat(api.has("components")).isFalse();
    assertThat(components.get(4).path("only_show_if_degraded").asBoolean()).isTrue();
    assertThat(components.get(3).path("group_id").isNull()).isTrue();
  }

  @Test
  void incidentsCarryUpdatesNewestFirstWithComponentTransitions() throws Exception {
    JsonNode incident = read("incidents.json").path("incidents").get(1);
    assertThat(incident.path("id").asText()).isEqualTo("2");
    assertThat(incident.path("status").asText()).isEqualTo("resolved");
    assertThat(incident.path("impact").asText()).isEqualTo("critical");
    assertThat(incident.path("resolved_at").asText()).isEqualTo("2024-03-28T01:10:00.000+01:00");
    assertThat(incident.path("monitoring_at").asText()).isEqualTo("2024-03-28T00:15:00.000+01:00");
    assertThat(incident.path("shortlink").asText())
        .isEqualTo("https://status.example.org/incidents/2.html");
    JsonNode updates = incident.path("incident_updates");
    assertThat(texts(updates, "status")).containsExactly("resolved", "monitoring", "investigating");
    JsonNode transition = updates.get(1).path("affected_components").get(0);
    assertThat(transition.path("code").asText()).isEqualTo("web");
    assertThat(transition.path("old_status").asText()).isEqualTo("major_outage");
    assertThat(transition.path("new_status").asText()).isEqualTo("degraded_performance");
    JsonNode unresolved = read("incidents/unresolved.json").path("incidents");
    assertThat(texts(unresolved, "id")).containsExactly("3");
    assertThat(unresolved.get(0).path("resolved_at").isNull()).isTrue();
  }

  @Test
  void maintenanceListsSplitByState() throws Exception {
    assertThat(texts(read("scheduled-maintenances.json").path("scheduled_maintenances"), "id"))
        .containsExactly("m-upcoming", "m-done");
    JsonNode upcoming = read("scheduled-maintenances/upcoming.json").path("scheduled_maintenances");
    assertThat(texts(upcoming, "id")).containsExactly("m-upcoming");
    assertThat(upcoming.get(0).path("scheduled_for").asText())
        .isEqualTo("2024-04-03T22:00:00.000+02:00");
    assertThat(upcoming.get(0).path("impact").asText()).isEqualTo("maintenance");
    assertThat(
            texts(read("scheduled-maintenances/active.json").path("scheduled_maintenances"), "id"))
        .isEmpty();
    JsonNode done = read("scheduled-maintenances.json").path("scheduled_maintenances").get(1);
    assertThat(done.path("status").asText()).isEqualTo("completed");
    assertThat(texts(done.path("incident_updates"), "status"))
        .containsExactly("completed", "in_progress", "scheduled");
  }

  @Test
  void statusJsonIsTheSmallPollingDocument() throws Exception {
    JsonNode status = read("status.json");
    assertThat(status.fieldNames()).toIterable().containsExactly("page", "status");
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> values.add(field == null ? n.asText() : n.path(field).asText()));
    return values;
  }
}
