package org.dutyboard.clinic.alertpage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.clinic.alertpage.AlertmanagerPayloadTest.captured;
import static org.dutyboard.testing.Fixtures.rotationInput;
import static org.dutyboard.testing.Fixtures.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the receiver over HTTP with payloads captured from Alertmanager 0.25, given a unique
 * rotation (label value) and fingerprints so tests do not see each other's pages.
 */
@QuarkusTest
class AlertmanagerWebhookTest {
  private static final String PAGES =
      """
      query($team: ID!) {
        alertPages(teamId: $team) {
          nodes {
            id fingerprint alertName summary status startsAt endsAt notifications rotationRef
            receiver version labels { name value } onCall { role person { id } }
          }
        }
      }""";
  private static final String ON_CALL =
      """
      query($at: DateTime!, $team: ID!) { onCall(at: $at, teamId: $team) { role person { id } } }""";

  private String ingest;
  private String team;
  private String rotation;
  private String fingerprint;

  @BeforeEach
  void aRotationWithThreeOnCallRoles() {
    ingest = token("INGEST");
    team = Fixtures.team();
    rotation = Fixtures.rotation(rotationInput(team));
    Fixtures.setRoster(rotation, Fixtures.people(3));
    fingerprint = UUID.randomUUID().toString().substring(0, 16);
  }

  /** A captured payload re-pointed at this test's rotation and fingerprints. */
  private String payload(String file) {
    return captured(file)
        .replace("SRE/oncall", rotation)
        .replace("2b3bc3a806b11c9d", fingerprint)
        .replace("033434242466c593", fingerprint)
        .replace("ef75d1d538fa2082", fingerprint + "-2");
  }

  private ValidatableResponse post(String token, String body) {
    var request = given().contentType("application/json").body(body);
    if (token != null) {
      request = request.header("Authorization", "Bearer " + token);
    }
    return request.post("/webhooks/alertmanager").then();
  }

  private List<Map<String, Object>> pages() {
    return GraphQl.admin().ok(PAGES, "team", team).getList("alertPages.nodes");
  }

  @Test
  void retriesAndRepeatNotificationsNeverDoubleCountAndResolvedClosesThePage() {
    post(ingest, payload("am-0.25-firing.json")).statusCode(200).body("created", equalTo(1));
    // Alertmanager's repeat notification is byte-identical; a retry is too.
    post(ingest, payload("am-0.25-firing.json")).statusCode(200).body("unchanged", equalTo(1));
    post(ingest, payload("am-0.25-firing.json")).statusCode(200).body("created", equalTo(0));
    assertThat(pages())
        .singleElement()
        .satisfies(p -> assertThat(p).containsEntry("status", "FIRING"));

    post(ingest, payload("am-0.25-resolved.json")).statusCode(200).body("updated", equalTo(1));
    post(ingest, payload("am-0.25-resolved.json")).statusCode(200).body("unchanged", equalTo(1));
    Map<String, Object> page = pages().get(0);
    assertThat(pages()).hasSize(1);
    assertThat(page)
        .containsEntry("status", "RESOLVED")
        .containsEntry("startsAt", "2026-11-24T09:00:00Z")
        .containsEntry("endsAt", "2026-11-25T07:10:57Z")
        .containsEntry("notifications", 5)
        .containsEntry("alertName", "DiskFull")
        .containsEntry("summary", "Disk /srv on db1 is 97% full")
        .containsEntry("receiver", "dutyboard")
        .containsEntry("rotationRef", rotation);
  }

  @Test
  void aLateFiringRetryDoesNotReopenAResolvedPage() {
    post(ingest, payload("am-0.25-resolved.json")).statusCode(200).body("created", equalTo(1));
    post(ingest, payload("am-0.25-firing.json")).statusCode(200).body("unchanged", equalTo(1));
    assertThat(pages())
        .singleElement()
        .satisfies(p -> assertThat(p).containsEntry("status", "RESOLVED"));
  }

  @Test
  void pagesAreAttributedToWhoeverWasOnCallWhenTheAlertStarted() {
    post(ingest, payload("am-0.25-firing-group.json")).statusCode(200).body("created", equalTo(2));
    List<Map<String, Object>> expected =
        GraphQl.admin().ok(ON_CALL, "at", "2026-11-24T10:01:30.5Z", "team", team).getList("onCall");
    assertThat(expected)
        .extracting(e -> e.get("role"))
        .containsExactly("primary", "secondary", "tertiary");
    List<Map<String, Object>> pages = pages();
    assertThat(pages).hasSize(2);
    assertThat(pages).allSatisfy(p -> assertThat(p.get("onCall")).isEqualTo(expected));
  }

  @Test
  void theRotationCanBeNamedAsTeamSlashRotationOrOnTheWebhookUrl() {
    Map<String, Object> names =
        GraphQl.admin()
            .ok("query($id: ID!) { rotation(id: $id) { name team { name } } }", "id", rotation)
            .getMap("rotation");
    @SuppressWarnings("unchecked")
    String ref = ((Map<String, String>) names.get("team")).get("name") + "/" + names.get("name");
    post(
            ingest,
            captured("am-0.25-firing.json")
                .replace("SRE/oncall", ref)
                .replace("2b3bc3a806b11c9d", fingerprint))
        .statusCode(200);
    String withoutLabel =
        captured("am-0.25-firing-group.json")
            .replace(",\"dutyboard_rotation\":\"SRE/oncall\"", "")
            .replace("033434242466c593", fingerprint + "-a")
            .replace("ef75d1d538fa2082", fingerprint + "-b");
    given()
        .contentType("application/json")
        .header("Authorization", "Bearer " + ingest)
        .queryParam("rotation", rotation)
        .body(withoutLabel)
        .post("/webhooks/alertmanager")
        .then()
        .statusCode(200)
        .body("created", equalTo(2));
    assertThat(pages())
        .hasSize(3)
        .allSatisfy(p -> assertThat((List<?>) p.get("onCall")).hasSize(3));
  }

  @Test
  void anUnknownRotationKeepsThePageUnattributed() {
    String unknown = "no-such-team/" + fingerprint;
    post(
            ingest,
            captured("am-0.25-firing.json")
                .replace("SRE/oncall", unknown)
                .replace("2b3bc3a806b11c9d", fingerprint))
        .statusCode(200)
        .body("created", equalTo(1));
    Map<String, Object> page =
        GraphQl.admin()
            .ok(
                "{ alertPages(first: 100) { nodes { fingerprint rotationRef rotationId teamId onCall { role } } } }")
            .<Map<String, Object>>getList("alertPages.nodes")
            .stream()
            .filter(p -> fingerprint.equals(p.get("fingerprint")))
            .findFirst()
            .orElseThrow();
    assertThat(page).containsEntry("rotationRef", unknown).containsEntry("rotationId", null);
    assertThat((List<?>) page.get("onCall")).isEmpty();
  }

  @Test
  void badPayloadsGetA4xxWithAReasonAndChangeNothing() {
    String firing = payload("am-0.25-firing.json");
    post(ingest, "this is not json").statusCode(400).body("error", containsString("not JSON"));
    post(ingest, firing.replace("\"version\":\"4\"", "\"version\":\"3\""))
        .statusCode(400)
        .body("field", equalTo("version"))
        .body("error", containsString("unsupported payload version 3"));
    post(ingest, firing.replace("\"alerts\":", "\"alarms\":"))
        .statusCode(400)
        .body("field", equalTo("alerts"));
    post(ingest, firing.replace("\"startsAt\":\"2026-11-24T09:00:00Z\"", "\"startsAt\":\"soon\""))
        .statusCode(400)
        .body("error", equalTo("no alert in the notification is valid"))
        .body("rejected[0].reason", containsString("alerts[0].startsAt"));
    // Just over dutyboard.alertmanager.max-body-bytes (1 MiB): refused by the receiver, with a
    // reason; 10 MB is beyond the HTTP layer's own limit, which refuses it before any code runs.
    String overLimit = firing.replace("Disk /srv on db1 is 97% full", "x".repeat(1024 * 1024));
    post(ingest, overLimit).statusCode(413).body("error", containsString("larger than 1048576"));
    try {
      post(ingest, firing.replace("Disk /srv on db1 is 97% full", "x".repeat(10 * 1024 * 1024)))
          .statusCode(413);
    } catch (Exception closedWhileSending) {
      // The HTTP layer answers 413 and closes the connection while the client is still sending.
      assertThat(closedWhileSending).hasMessageContaining("Broken pipe");
    }
    assertThat(pages()).isEmpty();
  }

  @Test
  void aValidBatchWithOneBadAlertRecordsTheGoodOnesAndReportsTheBadOne() {
    String group =
        payload("am-0.25-firing-group.json")
            .replaceFirst("\"startsAt\":\"2026-11-24T10:02:30.5Z\"", "\"startsAt\":42");
    post(ingest, group)
        .statusCode(200)
        .body("created", equalTo(1))
        .body("rejected[0].index", equalTo(1))
        .body("rejected[0].fingerprint", equalTo(fingerprint + "-2"))
        .body("rejected[0].reason", equalTo("alerts[1].startsAt must be an RFC 3339 time"));
    assertThat(pages())
        .singleElement()
        .satisfies(p -> assertThat(p).containsEntry("fingerprint", fingerprint));
  }

  @Test
  void theReceiverNeedsAnIngestToken() {
    String firing = payload("am-0.25-firing.json");
    post(null, firing).statusCode(401).header("WWW-Authenticate", "Bearer");
    post("dbt_not-a-token", firing).statusCode(401).body("error", containsString("invalid"));
    post(token("VIEWER"), firing).statusCode(403).body("error", containsString("ingest"));
    post(token("RESPONDER"), firing).statusCode(403);
    assertThat(pages()).isEmpty();
    // An ingest token reads nothing.
    assertThat(GraphQl.withToken(ingest).error("{ alertPages { nodes { id } } }"))
        .containsEntry("code", "FORBIDDEN");
  }

  @Test
  void respondersLinkAPageToAnIncident() {
    post(ingest, payload("am-0.25-firing.json")).statusCode(200);
    Map<String, Object> page = pages().get(0);
    String incident = Fixtures.incident("PUBLIC");
    String secret = Fixtures.incident("PRIVATE");
    String link =
        """
        mutation($id: ID!, $incident: ID, $version: Int) {
          linkAlertPageToIncident(id: $id, incidentId: $incident, expectedVersion: $version) { incidentId version }
        }""";
    assertThat(
            GraphQl.withToken(token("VIEWER"))
                .error(link, "id", page.get("id"), "incident", incident))
        .containsEntry("code", "FORBIDDEN");
    assertThat(
            GraphQl.withToken(token("RESPONDER"))
                .error(
                    link, "id", page.get("id"), "incident", secret, "version", page.get("version")))
        .as("a private incident stays invisible to outsiders")
        .containsEntry("code", "NOT_FOUND");
    Map<String, Object> linked =
        GraphQl.withToken(token("RESPONDER"))
            .ok(link, "id", page.get("id"), "incident", incident, "version", page.get("version"))
            .getMap("linkAlertPageToIncident");
    assertThat(linked).containsEntry("incidentId", incident);
    assertThat(
            GraphQl.admin()
                .error(
                    link, "id", page.get("id"), "incident", null, "version", page.get("version")))
        .containsEntry("code", "CONFLICT");
  }
}
