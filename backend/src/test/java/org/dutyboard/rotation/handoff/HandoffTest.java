package org.dutyboard.rotation.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.people;
import static org.dutyboard.testing.Fixtures.personToken;
import static org.dutyboard.testing.Fixtures.rotation;
import static org.dutyboard.testing.Fixtures.rotationInput;
import static org.dutyboard.testing.Fixtures.setRoster;
import static org.dutyboard.testing.Fixtures.team;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.StaleVersion;
import org.junit.jupiter.api.Test;

/** The Tuesday handoff: the outgoing primary writes notes, the incoming one acknowledges. */
@QuarkusTest
class HandoffTest {
  static final String HANDOFFS =
      """
      query($id: ID, $only: Boolean!) {
        handoffs(rotationId: $id, from: "2026-01-13T00:00:00Z", to: "2026-01-14T00:00:00Z",
                 onlyUnacknowledged: $only) {
          shiftIndex at role outgoing { id } incoming { id } notes links acknowledgedAt version
        }
      }""";
  static final String WRITE =
      """
      mutation($id: ID!, $links: [String!]) {
        writeHandoffNotes(input: {rotationId: $id, shiftIndex: 1, role: "primary",
                          notes: "Customer issue with the DBA team", links: $links}) { notes links version }
      }""";
  static final String ACK =
      """
      mutation($id: ID!) { acknowledgeHandoff(rotationId: $id, shiftIndex: 1, role: "primary") { acknowledgedAt } }""";

  @Test
  void outgoingWritesIncomingAcknowledgesAndTheRestIsVisibleAsUnacknowledged() {
    String rotation = rotation(rotationInput(team()));
    List<String> crew = people(4);
    setRoster(rotation, crew);
    JsonPath due = GraphQl.admin().ok(HANDOFFS, "id", rotation, "only", true);
    // Shift 1 starts 2026-01-13 18:00Z: primary, secondary and tertiary all change hands.
    assertThat(due.getList("handoffs.role")).containsExactly("primary", "secondary", "tertiary");
    assertThat(due.getString("handoffs[0].outgoing.id")).isEqualTo(crew.get(0));
    assertThat(due.getString("handoffs[0].incoming.id")).isEqualTo(crew.get(1));

    String outgoing = personToken(crew.get(0), "RESPONDER");
    String incoming = personToken(crew.get(1), "RESPONDER");
    assertThat(GraphQl.withToken(incoming).error(WRITE, "id", rotation, "links", List.of()))
        .containsEntry("code", "FORBIDDEN");
    JsonPath written =
        GraphQl.withToken(outgoing)
            .ok(
                WRITE,
                "id",
                rotation,
                "links",
                List.of("INC-42", "https://tickets.example.org/T1"));
    assertThat(written.getList("writeHandoffNotes.links"))
        .containsExactly("INC-42", "https://tickets.example.org/T1");
    assertThat(GraphQl.withToken(outgoing).error(ACK, "id", rotation))
        .containsEntry("code", "FORBIDDEN");
    assertThat(
            GraphQl.withToken(incoming)
                .ok(ACK, "id", rotation)
                .getString("acknowledgeHandoff.acknowledgedAt"))
        .isNotBlank();

    JsonPath still = GraphQl.admin().ok(HANDOFFS, "id", rotation, "only", true);
    assertThat(still.getList("handoffs.role")).containsExactly("secondary", "tertiary");
    JsonPath all = GraphQl.admin().ok(HANDOFFS, "id", rotation, "only", false);
    Map<String, Object> primary = all.getMap("handoffs[0]");
    assertThat(primary).containsEntry("notes", "Customer issue with the DBA team");
  }

  @Test
  void acknowledgingNotesThatChangedSinceIsAConflict() {
    String rotation = rotation(rotationInput(team()));
    List<String> crew = people(3);
    setRoster(rotation, crew);
    GraphQl.admin().ok(WRITE, "id", rotation, "links", List.of());
    int rewritten =
        GraphQl.admin()
            .ok(WRITE, "id", rotation, "links", List.of("INC-43"))
            .getInt("writeHandoffNotes.version");
    String acknowledge =
        """
        mutation($id: ID!, $v: Int) {
          acknowledgeHandoff(rotationId: $id, shiftIndex: 1, role: "primary", expectedVersion: $v) {
            acknowledgedAt
          }
        }""";
    StaleVersion.refusedThenApplied(
        GraphQl.withToken(personToken(crew.get(1), "RESPONDER")),
        () -> GraphQl.admin().ok(HANDOFFS, "id", rotation, "only", true).getList("handoffs.role"),
        rewritten,
        acknowledge,
        "id",
        rotation);
  }

  @Test
  void staleNotesAreAConflict() {
    String rotation = rotation(rotationInput(team()));
    setRoster(rotation, people(3));
    GraphQl.admin().ok(WRITE, "id", rotation, "links", List.of());
    String stale =
        """
        mutation($id: ID!) {
          writeHandoffNotes(input: {rotationId: $id, shiftIndex: 1, role: "primary", notes: "x"}, expectedVersion: 0) { version }
        }""";
    assertThat(GraphQl.admin().error(stale, "id", rotation))
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "expectedVersion");
  }
}
