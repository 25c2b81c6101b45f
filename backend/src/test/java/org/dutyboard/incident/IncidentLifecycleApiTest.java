package org.dutyboard.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.incident.Responder.DECLARE;
import static org.dutyboard.incident.Responder.TRANSITION;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IncidentLifecycleApiTest {
  private static final String GET =
      """
      query($id: ID!) {
        incident(id: $id) {
          reference status reopenCount mitigatedAt resolvedAt closedAt version
          declareCriteria audiences components { name }
          postmortemRequirement { required reasons }
          latestTimeline(count: 20) { kind text }
        }
      }""";

  @Test
  void declaringRecordsTheChecklistComponentsAndADeclaredEntry() {
    Responder ana = Responder.responder();
    String component = Fixtures.component();
    Map<String, Object> input = Responder.declaration("Wikis return 503", "SEV2");
    input.put("declareCriteria", List.of("BROADLY_VISIBLE_TO_USERS", "UNRESOLVED_AFTER_AN_HOUR"));
    input.put("audiences", List.of("READERS", "CONTRIBUTORS"));
    input.put("componentIds", List.of(component));
    input.put("takeCoordinator", true);
    JsonPath declared = ana.api().ok(DECLARE, "input", input);
    assertThat(declared.getString("declareIncident.reference")).matches("INC-\\d+");
    assertThat(declared.getString("declareIncident.status")).isEqualTo("INVESTIGATING");
    assertThat(declared.getString("declareIncident.coordinator.handle")).startsWith("resp-");
    assertThat(declared.getString("declareIncident.acknowledgedAt")).isNotNull();

    JsonPath got = ana.api().ok(GET, "id", declared.getString("declareIncident.id"));
    assertThat(got.getList("incident.declareCriteria"))
        .containsExactly("BROADLY_VISIBLE_TO_USERS", "UNRESOLVED_AFTER_AN_HOUR");
    assertThat(got.getList("incident.components.name")).hasSize(1);
    assertThat(got.getList("incident.latestTimeline.kind"))
        .containsExactly("ROLE_CHANGE", "DECLARED");
  }

  @Test
  void onlyHumansDeclare() {
    String machine = Fixtures.token("RESPONDER");
    Map<String, Object> error =
        GraphQl.withToken(machine)
            .error(DECLARE, "input", Responder.declaration("alert fired", "SEV3"));
    assertThat(error).containsEntry("code", "FORBIDDEN");
    String viewer = Fixtures.personToken(Fixtures.person("viewer"), "VIEWER");
    assertThat(
            GraphQl.withToken(viewer).error(DECLARE, "input", Responder.declaration("x", "SEV3")))
        .containsEntry("code", "FORBIDDEN");
  }

  @Test
  void walksTheLifecycleAndRefusesInvalidTransitions() {
    Responder ana = Responder.responder();
    String id = ana.declare("SEV3", "PUBLIC");
    assertThat(ana.api().error(TRANSITION, "id", id, "status", "CLOSED"))
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "status");
    ana.move(id, "IDENTIFIED");
    JsonPath monitoring = ana.api().ok(TRANSITION, "id", id, "status", "MONITORING");
    assertThat(monitoring.getString("transitionIncident.mitigatedAt")).isNotNull();
    ana.move(id, "RESOLVED");
    assertThat(ana.api().error(TRANSITION, "id", id, "status", "INVESTIGATING"))
        .containsEntry("code", "CONFLICT");

    JsonPath reopened =
        ana.api()
            .ok(
                """
                mutation($id: ID!) {
                  reopenIncident(id: $id, reason: "errors are back") { status reopenCount resolvedAt }
                }""",
                "id",
                id);
    assertThat(reopened.getString("reopenIncident.status")).isEqualTo("INVESTIGATING");
    assertThat(reopened.getInt("reopenIncident.reopenCount")).isEqualTo(1);
    assertThat(reopened.getString("reopenIncident.resolvedAt")).isNull();
    assertThat(ana.api().ok(GET, "id", id).getList("incident.latestTimeline.text").get(0))
        .asString()
        .startsWith("Reopened (was RESOLVED");
  }

  @Test
  void onlyTheCoordinatorClosesAndOnlyWithAReportInReview() {
    Responder ic = Responder.responder();
    Responder other = Responder.responder();
    String id = ic.declare("SEV2", "PUBLIC");
    ic.assign(id, "COORDINATOR", ic.personId());
    ic.assign(id, "RESPONDER", other.personId());
    ic.move(id, "RESOLVED");

    assertThat(other.api().error(TRANSITION, "id", id, "status", "CLOSED"))
        .containsEntry("code", "FORBIDDEN");
    Map<String, Object> noReport = ic.api().error(TRANSITION, "id", id, "status", "CLOSED");
    assertThat(noReport).containsEntry("code", "CONFLICT").containsEntry("field", "postmortem");
    assertThat((String) noReport.get("message")).contains("the team started it");

    String save =
        """
        mutation($id: ID!, $input: PostmortemInput!) {
          savePostmortem(incidentId: $id, input: $input) { state version }
        }""";
    ic.api().ok(save, "id", id, "input", Map.of("summary", "DB failover"));
    String review =
        """
        mutation($id: ID!, $state: PostmortemState!) {
          changePostmortemState(incidentId: $id, state: $state) { state }
        }""";
    assertThat(ic.api().error(review, "id", id, "state", "IN_REVIEW"))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "impact");
    ic.api()
        .ok(
            save,
            "id",
            id,
            "input",
            Map.of(
                "summary", "DB failover",
                "impact", "Editors could not save for 20 minutes",
                "rootCauses", "A full disk on the primary",
                "scorecard", List.of(Map.of("question", "COORDINATOR_ASSIGNED", "answer", "YES"))));
    ic.api().ok(review, "id", id, "state", "IN_REVIEW");

    JsonPath closed = ic.api().ok(TRANSITION, "id", id, "status", "CLOSED");
    assertThat(closed.getString("transitionIncident.status")).isEqualTo("CLOSED");
    assertThat(closed.getString("transitionIncident.closedAt")).isNotNull();

    Map<String, Object> edit =
        ic.api()
            .error(
                """
                mutation($id: ID!) { updateIncident(id: $id, input: {title: "x"}) { id } }""",
                "id",
                id);
    assertThat(edit).containsEntry("code", "CONFLICT");
    ic.api().ok(review, "id", id, "state", "PUBLISHED");
  }

  @Test
  void anAdminMayWaiveTheReportWithAReason() {
    Responder ana = Responder.responder();
    String id = ana.declare("SEV4", "PUBLIC");
    ana.move(id, "RESOLVED");
    GraphQl.admin()
        .ok(
            """
            mutation($id: ID!) {
              waivePostmortem(incidentId: $id, reason: "duplicate of INC-1") { postmortemWaiverReason }
            }""",
            "id",
            id);
    assertThat(
            GraphQl.admin()
                .ok(TRANSITION, "id", id, "status", "CLOSED")
                .getString("transitionIncident.status"))
        .isEqualTo("CLOSED");
  }
}
