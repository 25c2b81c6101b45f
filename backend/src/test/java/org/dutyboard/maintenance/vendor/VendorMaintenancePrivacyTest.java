package org.dutyboard.maintenance.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.maintenance.vendor.Notifications.aNotification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dutyboard.publish.StatusSitePublisher;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Vendor windows are internal: nothing of them reaches the public status site (pages, JSON, feeds,
 * calendar) until a person publishes the window, and then only its public side. The weekly summary
 * lists them with circuits and impact for RESPONDER and SCHEDULER readers only.
 */
@QuarkusTest
class VendorMaintenancePrivacyTest {
  private static final String PUBLISH = "mutation { publishStatusSite { outcome version } }";
  private static final String SET_PUBLISHED =
      """
      mutation($id: ID!, $published: Boolean!, $v: Int) {
        setMaintenancePublished(id: $id, published: $published, expectedVersion: $v) {
          published version
        }
      }""";
  private static final String SUMMARY =
      """
      query($team: ID!, $weekOf: Date!) {
        weeklySummary(teamId: $team, weekOf: $weekOf) {
          upcomingMaintenance { title start }
          vendorMaintenance {
            title start end status
            vendor { provider providerMaintenanceId impact circuits { circuitId impact component { name } } }
          }
          markdown
        }
      }""";

  @Inject StatusSitePublisher publisher;

  @BeforeEach
  void mappedComponents() {
    VendorNotificationWebhookTest.ensureMappedComponents();
  }

  private String siteText() throws IOException {
    GraphQl.admin().ok(PUBLISH);
    StringBuilder everything = new StringBuilder();
    try (Stream<Path> walk = Files.walk(site())) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        everything.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
    }
    return everything.toString();
  }

  private Path site() throws IOException {
    return publisher.outputDir().resolve("current").toRealPath();
  }

  private String componentStatus(String name) throws IOException {
    return JsonPath.from(site().resolve("api/v2/components.json").toFile())
        .getString("components.find { it.name == '" + name + "' }.status");
  }

  @Test
  void aVendorWindowStaysOffTheStatusSiteUntilAPersonPublishesIt() throws IOException {
    String canary = Fixtures.unique("canary");
    String provider = canary + ".example";
    String id = Fixtures.unique("CHG");
    String ingest = Fixtures.token("INGEST");
    GraphQl pipe = GraphQl.withToken(ingest);
    String mutation =
        "mutation($c: String!) { ingestMaintenanceNotification(calendar: $c) { maintenanceId } }";
    Notifications underWay =
        aNotification(provider, id)
            .sequence(1)
            .status("IN-PROCESS")
            .summary("Work by " + canary)
            .objects(
                "X-MAINTNOTE-OBJECT-ID:NWF/IRS/204417\nX-MAINTNOTE-OBJECT-ID:" + canary + "-ckt\n");
    String windowId =
        pipe.ok(mutation, "c", underWay.ics())
            .getString("ingestMaintenanceNotification[0].maintenanceId");

    String site = siteText();
    assertThat(site).doesNotContain(canary).doesNotContain(windowId).doesNotContain(id);
    assertThat(componentStatus(VendorNotificationWebhookTest.COMPONENT_A))
        .as("an internal window under way does not put its component under maintenance")
        .isNotEqualTo("under_maintenance");

    GraphQl scheduler = GraphQl.withToken(Fixtures.token("SCHEDULER"));
    int version =
        scheduler
            .ok("query($id: ID!) { maintenanceWindow(id: $id) { version } }", "id", windowId)
            .getInt("maintenanceWindow.version");
    assertThat(scheduler.error(SET_PUBLISHED, "id", windowId, "published", true, "v", version + 1))
        .containsEntry("code", "CONFLICT");
    JsonPath published =
        scheduler.ok(SET_PUBLISHED, "id", windowId, "published", true, "v", version);
    assertThat(published.getBoolean("setMaintenancePublished.published")).isTrue();

    String publicSite = siteText();
    assertThat(publicSite)
        .as("the human decision puts the window's public side on the site")
        .contains(windowId, VendorMaintenanceService.TITLE);
    assertThat(publicSite).as("never its private side").doesNotContain(canary).doesNotContain(id);
    assertThat(componentStatus(VendorNotificationWebhookTest.COMPONENT_A))
        .isEqualTo("under_maintenance");

    // The provider closes it; the component is operational again on the next publish.
    pipe.ok(mutation, "c", aNotification(provider, id).sequence(2).status("COMPLETED").ics());
    siteText();
    assertThat(componentStatus(VendorNotificationWebhookTest.COMPONENT_A))
        .isNotEqualTo("under_maintenance");
  }

  @Test
  void theWeeklySummaryListsNextWeeksVendorMaintenanceWithCircuitsForResponders() {
    String provider = Fixtures.unique("summary") + ".example";
    String id = Fixtures.unique("CHG");
    GraphQl.withToken(Fixtures.token("INGEST"))
        .ok(
            "mutation($c: String!) { ingestMaintenanceNotification(calendar: $c) { outcome } }",
            "c",
            aNotification(provider, id).status("CONFIRMED").ics());
    String team = Fixtures.team(); // meets Mondays 10:00 UTC until set
    // The week reviewed on Mon 2045-03-06; its next week (to 2045-03-13) has the work on the 8th.
    String weekOf = "2045-03-01";

    JsonPath responder =
        GraphQl.withToken(Fixtures.token("RESPONDER"))
            .ok(SUMMARY, "team", team, "weekOf", weekOf)
            .setRootPath("data.weeklySummary");
    List<String> providers = responder.getList("vendorMaintenance.vendor.provider");
    int i = providers.indexOf(provider);
    assertThat(i).as("%s in %s", provider, providers).isNotNegative();
    String line = "vendorMaintenance[" + i + "].";
    assertThat(responder.getString(line + "start")).isEqualTo("2045-03-08T01:00:00Z");
    assertThat(responder.getString(line + "vendor.impact")).isEqualTo("OUTAGE");
    assertThat(responder.getList(line + "vendor.circuits.circuitId"))
        .containsExactly("NWF/IRS/204417", "NWF/IRS/204418", "198.51.100.13");
    String markdown = responder.getString("markdown");
    assertThat(markdown)
        .contains("## Vendor maintenance next week")
        .contains(
            "- "
                + provider
                + " "
                + id
                + ": Wed 2045-03-08 01:00 to Wed 2045-03-08 05:00 (SCHEDULED, provider says"
                + " CONFIRMED), impact OUTAGE - Fibre splice work between Frankfurt and Amsterdam")
        .contains("  - NWF/IRS/204417: OUTAGE (Vendor test uplink A)")
        .contains("  - NWF/IRS/204418: REDUCED_REDUNDANCY (Vendor test uplink B)")
        .contains("  - 198\\.51.100.13: OUTAGE\n"); // escaped: "1." would start a list

    JsonPath viewer =
        GraphQl.withToken(Fixtures.token("VIEWER"))
            .ok(SUMMARY, "team", team, "weekOf", weekOf)
            .setRootPath("data.weeklySummary");
    assertThat(viewer.getList("vendorMaintenance")).isEmpty();
    assertThat(viewer.getString("markdown"))
        .doesNotContain(provider)
        .doesNotContain("NWF/IRS")
        .doesNotContain("Vendor maintenance next week")
        .contains(VendorMaintenanceService.TITLE);
    assertThat(viewer.getList("upcomingMaintenance.title"))
        .contains(VendorMaintenanceService.TITLE);
  }
}
