package org.dutyboard.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FollowUpApiTest {
  private static final String DECLARE =
      """
      mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }""";
  private static final String CREATE =
      """
      mutation($id: ID!, $input: FollowUpInput!) {
        createFollowUp(incidentId: $id, input: $input) {
          id status tags kind priority overdue owner { id } version
        }
      }""";
  private static final String MOVE =
      """
      mutation($id: ID!, $status: FollowUpStatus!, $reason: String) {
        transitionFollowUp(id: $id, status: $status, reason: $reason) { status wontDoReason completedAt }
      }""";
  private static final String LIST =
      """
      query($filter: FollowUpFilter) {
        followUps(filter: $filter, first: 100) { nodes { id title } }
      }""";

  @Test
  void tasksAreTaggedOwnedAndListedWhenOverdueOrUnowned() {
    String person = Fixtures.person("fu");
    GraphQl responder = GraphQl.withToken(Fixtures.personToken(person, "RESPONDER"));
    String incident =
        responder
            .ok(DECLARE, "input", Map.of("title", "disk full", "severity", "SEV3"))
            .getString("declareIncident.id");
    JsonPath owned =
        responder.ok(
            CREATE,
            "id",
            incident,
            "input",
            input("add disk alert", "DETECTIVE", person, "2020-01-01", List.of("prevention")));
    assertThat(owned.getBoolean("createFollowUp.overdue")).isTrue();
    assertThat(owned.getString("createFollowUp.priority")).isEqualTo("MEDIUM");
    String overdueId = owned.getString("createFollowUp.id");
    String unownedId =
        responder
            .ok(
                CREATE,
                "id",
                incident,
                "input",
                input("grow the volume", "CORRECTIVE", null, "2999-01-01", List.of("actionable")))
            .getString("createFollowUp.id");

    Map<String, Object> overdue = Map.of("incidentId", incident, "overdue", true);
    assertThat(responder.ok(LIST, "filter", overdue).getList("followUps.nodes.id"))
        .containsExactly(overdueId);
    Map<String, Object> unowned = Map.of("incidentId", incident, "unowned", true);
    assertThat(responder.ok(LIST, "filter", unowned).getList("followUps.nodes.id"))
        .containsExactly(unownedId);
    assertThat(
            responder
                .ok("query($id: ID!) { incident(id: $id) { openFollowUpCount } }", "id", incident)
                .getInt("incident.openFollowUpCount"))
        .isEqualTo(2);

    assertThat(responder.error(MOVE, "id", unownedId, "status", "WONT_DO"))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "reason");
    responder.ok(MOVE, "id", unownedId, "status", "WONT_DO", "reason", "volume replaced");
    assertThat(responder.error(MOVE, "id", unownedId, "status", "DONE"))
        .containsEntry("code", "CONFLICT");
    responder.ok(MOVE, "id", overdueId, "status", "IN_PROGRESS");
    JsonPath done = responder.ok(MOVE, "id", overdueId, "status", "DONE");
    assertThat(done.getString("transitionFollowUp.completedAt")).isNotNull();
    assertThat(responder.ok(LIST, "filter", overdue).getList("followUps.nodes.id")).isEmpty();
  }

  @Test
  void badInputIsRefusedWithTheField() {
    String person = Fixtures.person("fu");
    GraphQl responder = GraphQl.withToken(Fixtures.personToken(person, "RESPONDER"));
    String incident =
        responder
            .ok(DECLARE, "input", Map.of("title", "x", "severity", "SEV4"))
            .getString("declareIncident.id");
    assertThat(
            responder.error(
                CREATE,
                "id",
                incident,
                "input",
                input("t", "PREVENTIVE", null, null, List.of("urgent!"))))
        .containsEntry("field", "tags");
    Map<String, Object> badUrl = input("t", "PREVENTIVE", null, null, List.of());
    badUrl.put("ticketUrl", "javascript:alert(1)");
    assertThat(responder.error(CREATE, "id", incident, "input", badUrl))
        .containsEntry("field", "ticketUrl");
    assertThat(
            responder.error(
                CREATE, "id", incident, "input", input(" ", "PREVENTIVE", null, null, List.of())))
        .containsEntry("field", "title");
  }

  @Test
  void updateFollowUpReplacesTheContentOnlyAtTheVersionSeen() {
    String person = Fixtures.person("fu");
    GraphQl responder = GraphQl.withToken(Fixtures.personToken(person, "RESPONDER"));
    String incident =
        responder
            .ok(DECLARE, "input", Map.of("title", "disk full", "severity", "SEV3"))
            .getString("declareIncident.id");
    String id =
        responder
            .ok(
                CREATE,
                "id",
                incident,
                "input",
                input("grow the volume", "CORRECTIVE", null, null, List.of()))
            .getString("createFollowUp.id");
    String update =
        """
        mutation($id: ID!, $input: FollowUpInput!, $v: Int) {
          updateFollowUp(id: $id, input: $input, expectedVersion: $v) { title owner { id } version }
        }""";

    Map<String, Object> updated =
        responder
            .ok(
                update,
                "id",
                id,
                "input",
                input("replace the volume", "CORRECTIVE", person, null, List.of()),
                "v",
                0)
            .getMap("updateFollowUp");
    assertThat(updated).containsEntry("title", "replace the volume").containsEntry("version", 1);
    assertThat(
            responder.error(
                update,
                "id",
                id,
                "input",
                input("stale", "CORRECTIVE", null, null, List.of()),
                "v",
                0))
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "expectedVersion");
    assertThat(
            responder.error(
                update, "id", id, "input", input(" ", "CORRECTIVE", null, null, List.of()), "v", 1))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "title");
    assertThat(
            GraphQl.withToken(Fixtures.token("VIEWER"))
                .error(
                    update,
                    "id",
                    id,
                    "input",
                    input("viewer", "CORRECTIVE", null, null, List.of()),
                    "v",
                    1))
        .containsEntry("code", "FORBIDDEN");

    Map<String, Object> unowned = Map.of("incidentId", incident, "unowned", true);
    assertThat(responder.ok(LIST, "filter", unowned).getList("followUps.nodes")).isEmpty();
    assertThat(
            responder
                .ok(LIST, "filter", Map.of("incidentId", incident))
                .getList("followUps.nodes.title"))
        .containsExactly("replace the volume");
  }

  private static Map<String, Object> input(
      String title, String kind, String owner, String due, List<String> tags) {
    Map<String, Object> input = new HashMap<>();
    input.put("title", title);
    input.put("kind", kind);
    input.put("ownerId", owner);
    input.put("dueOn", due);
    input.put("tags", tags);
    return input;
  }
}
