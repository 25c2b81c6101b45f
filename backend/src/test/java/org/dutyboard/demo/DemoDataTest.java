package org.dutyboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

/** The demo data answers the questions a newcomer asks first. */
@QuarkusTest
class DemoDataTest {
  @Test
  void demoRotationsSayWhoIsOnDuty() {
    JsonPath data =
        GraphQl.admin()
            .ok(
                """
                {
                  onCall(at: "2026-11-25T12:00:00Z") {
                    rotation { name team { name } } role person { handle } shiftStart shiftEnd
                  }
                }""");
    List<Map<String, Object>> entries = data.getList("onCall");
    List<String> firefighter =
        entries.stream()
            .filter(e -> ((Map<?, ?>) e.get("rotation")).get("name").equals("Firefighter"))
            .map(e -> (String) e.get("role"))
            .toList();
    assertThat(firefighter).containsExactly("primary", "secondary", "tertiary");
    // 2026-11-25 is a Wednesday: the firefighter shift began Tuesday 10:00 Chicago (CST, 16:00Z).
    assertThat(
            entries.stream()
                .filter(e -> ((Map<?, ?>) e.get("rotation")).get("name").equals("Firefighter"))
                .map(e -> e.get("shiftStart"))
                .distinct())
        .containsExactly("2026-11-24T16:00:00Z");
    List<String> sreRoles =
        entries.stream()
            .filter(e -> ((Map<?, ?>) e.get("rotation")).get("name").equals("SRE clinic duty"))
            .map(e -> (String) e.get("role"))
            .toList();
    assertThat(sreRoles).containsExactly("clinician", "backup");
    assertThat(
            entries.stream()
                .map(
                    e ->
                        (String)
                            ((Map<?, ?>) ((Map<?, ?>) e.get("rotation")).get("team")).get("name"))
                .distinct())
        .contains("Cloud Services", "SRE", "Dreamwork");
  }

  @Test
  void demoStatusPageHasComponentsAnyoneCanSee() {
    assertThat(GraphQl.anonymous().ok("{ components { name } }").getList("components.name"))
        .contains("Wikis", "Login", "API", "Cloud VPS", "Toolforge");
  }

  @Test
  void demoMaintenanceShowsOneUpcomingAndOneCompletedWindow() {
    JsonPath data =
        GraphQl.withToken(org.dutyboard.testing.Fixtures.token("RESPONDER"))
            .ok(
                """
                {
                  maintenanceWindows(first: 100) {
                    nodes { title status components { name } circuitId updates { status } }
                  }
                }""");
    List<Map<String, Object>> windows = data.getList("maintenanceWindows.nodes");
    Map<String, Object> uplink =
        windows.stream()
            .filter(w -> w.get("title").equals("Network provider maintenance on the Cloud uplink"))
            .findFirst()
            .orElseThrow();
    assertThat(uplink.get("circuitId")).isEqualTo("NWF/IRS/204417");
    assertThat((List<?>) uplink.get("components")).hasSize(2);
    Map<String, Object> firmware =
        windows.stream()
            .filter(w -> w.get("title").equals("Storage firmware upgrade"))
            .findFirst()
            .orElseThrow();
    assertThat(firmware.get("status")).isEqualTo("COMPLETED");
    assertThat((List<?>) firmware.get("updates")).hasSize(2);
  }
}
