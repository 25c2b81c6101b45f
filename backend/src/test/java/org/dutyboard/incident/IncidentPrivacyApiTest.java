package org.dutyboard.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

/** A viewer, a participant, a security user and anonymous each see exactly what they should. */
@QuarkusTest
class IncidentPrivacyApiTest {
  private static final String LIST =
      """
      { incidents(first: 100, statuses: [INVESTIGATING]) { nodes { id title } } }""";
  private static final String GET = "query($id: ID!) { incident(id: $id) { id title } }";
  private static final String TIMELINE =
      """
      query($id: ID!) { incidentTimeline(incidentId: $id) { nodes { text } } }""";
  private static final String PUBLIC =
      """
      { publicStatusUpdates(first: 100) { nodes { incident headline message } } }""";
  private static final String POST =
      """
      mutation($id: ID!, $input: StatusUpdateInput!) {
        postStatusUpdate(incidentId: $id, input: $input) { id }
      }""";
  private static final String VISIBILITY =
      """
      mutation($id: ID!, $v: Visibility!) {
        setIncidentVisibility(id: $id, visibility: $v, reason: "mitigated, disclosed") {
          visibility madePublicAt
        }
      }""";

  @Test
  void privateIncidentsAreHiddenFromEveryoneButParticipantsAndSecurity() {
    Responder owner = Responder.responder();
    Responder helper = Responder.responder();
    String secret = Fixtures.unique("private message");
    String id = owner.declare("SEV1", "PRIVATE");
    owner.assign(id, "RESPONDER", helper.personId());
    owner.log(id, "ACTION", "rotated the leaked keys");
    owner.api().ok(POST, "id", id, "input", Map.of("status", "INVESTIGATING", "message", secret));

    GraphQl viewer = GraphQl.withToken(Fixtures.personToken(Fixtures.person("v"), "VIEWER"));
    GraphQl outsider = Responder.responder().api();
    GraphQl security = GraphQl.withToken(Fixtures.token("SECURITY"));

    for (GraphQl blind : List.of(viewer, outsider)) {
      assertThat(blind.ok(LIST).getList("incidents.nodes.id")).doesNotContain(id);
      assertThat(blind.error(GET, "id", id)).containsEntry("code", "NOT_FOUND");
      assertThat(blind.error(TIMELINE, "id", id)).containsEntry("code", "NOT_FOUND");
    }
    assertThat(
            outsider.error(Responder.LOG, "id", id, "input", Map.of("kind", "ACTION", "text", "x")))
        .containsEntry("code", "NOT_FOUND");
    for (GraphQl allowed : List.of(owner.api(), helper.api(), security, GraphQl.admin())) {
      assertThat(allowed.ok(LIST).getList("incidents.nodes.id")).contains(id);
      assertThat(allowed.ok(TIMELINE, "id", id).getList("incidentTimeline.nodes.text"))
          .contains("rotated the leaked keys");
    }
    assertThat(GraphQl.anonymous().error(LIST)).containsEntry("code", "UNAUTHENTICATED");
    assertThat(GraphQl.anonymous().ok(PUBLIC).getList("publicStatusUpdates.nodes.message"))
        .doesNotContain(secret);
    assertThat(viewer.error(VISIBILITY, "id", id, "v", "PUBLIC"))
        .as("a viewer changes nothing; the role check answers before the incident is looked up")
        .containsEntry("code", "FORBIDDEN");
    assertThat(helper.api().error(VISIBILITY, "id", id, "v", "PUBLIC"))
        .containsEntry("code", "FORBIDDEN");

    security.ok(VISIBILITY, "id", id, "v", "PUBLIC");

    assertThat(viewer.ok(GET, "id", id).getString("incident.id")).isEqualTo(id);
    List<String> published =
        GraphQl.anonymous().ok(PUBLIC).getList("publicStatusUpdates.nodes.message");
    assertThat(published).contains(secret);
    String everything = GraphQl.anonymous().execute(PUBLIC).prettify();
    assertThat(everything).doesNotContain("rotated the leaked keys");
    assertThat(viewer.ok(TIMELINE, "id", id).getList("incidentTimeline.nodes.text").get(0))
        .asString()
        .startsWith("Made PUBLIC");
  }

  @Test
  void metricsCountHiddenPrivateIncidentsOnlyInAggregate() {
    Responder owner = Responder.responder();
    owner.declare("SEV3", "PRIVATE");
    String metrics =
        """
        query($from: DateTime!, $to: DateTime!) {
          incidentMetrics(from: $from, to: $to) { incidentCount privateIncidentsNotShown }
        }""";
    String from = java.time.Instant.now().minusSeconds(3600).toString();
    String to = java.time.Instant.now().plusSeconds(3600).toString();
    GraphQl viewer = GraphQl.withToken(Fixtures.token("VIEWER"));
    int hidden =
        viewer
            .ok(metrics, "from", from, "to", to)
            .getInt("incidentMetrics.privateIncidentsNotShown");
    assertThat(hidden).isGreaterThanOrEqualTo(1);
    assertThat(
            GraphQl.admin()
                .ok(metrics, "from", from, "to", to)
                .getInt("incidentMetrics.privateIncidentsNotShown"))
        .isZero();
  }
}
