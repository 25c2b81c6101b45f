package org.dutyboard.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.people;
import static org.dutyboard.testing.Fixtures.rotation;
import static org.dutyboard.testing.Fixtures.rotationInput;
import static org.dutyboard.testing.Fixtures.team;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

/** Every bad input gets a typed error naming its field, and nothing is written. */
@QuarkusTest
class RotationBadInputTest {
  private static final String CREATE =
      """
      mutation($input: RotationInput!) { createRotation(input: $input) { id } }""";
  private static final String COUNT =
      """
      query($team: ID) { rotations(teamId: $team, first: 100) { nodes { id } } }""";

  private static void assertCreateFails(
      Consumer<Map<String, Object>> change, String code, String field) {
    String team = team();
    Map<String, Object> input = rotationInput(team);
    change.accept(input);
    Map<String, Object> error = GraphQl.admin().error(CREATE, "input", input);
    assertThat(error).containsEntry("code", code).containsEntry("field", field);
    assertThat(GraphQl.admin().ok(COUNT, "team", team).getList("rotations.nodes")).isEmpty();
  }

  @Test
  void unknownTimeZone() {
    assertCreateFails(i -> i.put("timeZone", "Mars/Olympus_Mons"), "VALIDATION", "timeZone");
  }

  @Test
  void fixedOffsetsAreNotTimeZones() {
    assertCreateFails(i -> i.put("timeZone", "+02:00"), "VALIDATION", "timeZone");
  }

  @Test
  void handoffTimeThatDoesNotParse() {
    assertCreateFails(i -> i.put("handoffTime", "25:99"), "VALIDATION", "handoffTime");
    assertCreateFails(i -> i.put("handoffTime", "after the meeting"), "VALIDATION", "handoffTime");
  }

  @Test
  void weekdayHandoffNeedsWholeWeeks() {
    assertCreateFails(i -> i.put("shiftLengthDays", 3), "VALIDATION", "handoffDay");
  }

  @Test
  void shiftLengthOutOfRange() {
    assertCreateFails(
        i -> {
          i.remove("handoffDay");
          i.put("shiftLengthDays", 0);
        },
        "VALIDATION",
        "shiftLengthDays");
  }

  @Test
  void duplicateRoleNames() {
    assertCreateFails(
        i -> i.put("roles", List.of(Map.of("name", "primary"), Map.of("name", "primary"))),
        "VALIDATION",
        "roles");
  }

  @Test
  void unknownTeam() {
    assertCreateFails(i -> i.put("teamId", UUID.randomUUID().toString()), "NOT_FOUND", "teamId");
  }

  @Test
  void rosterTooSmallForTheRolesIsRejectedAndTheOldRosterStays() {
    String rotation = rotation(rotationInput(team()));
    List<String> crew = people(3);
    org.dutyboard.testing.Fixtures.setRoster(rotation, crew);
    Map<String, Object> error =
        GraphQl.admin()
            .error(
                RotationApiTest.SET_ROSTER,
                "id",
                rotation,
                "people",
                crew.subList(0, 2),
                "version",
                null);
    assertThat(error).containsEntry("code", "VALIDATION").containsEntry("field", "personIds");
    assertThat(error.get("message").toString()).contains("3 roles need at least 3 people");
    assertThat(
            GraphQl.admin()
                .ok("query($id: ID!) { rotation(id: $id) { roster { id } } }", "id", rotation)
                .getList("rotation.roster.id"))
        .containsExactlyElementsOf(crew);
  }

  @Test
  void unknownPersonInRoster() {
    String rotation = rotation(rotationInput(team()));
    List<String> crew = new java.util.ArrayList<>(people(2));
    crew.add(UUID.randomUUID().toString());
    Map<String, Object> error =
        GraphQl.admin()
            .error(RotationApiTest.SET_ROSTER, "id", rotation, "people", crew, "version", null);
    assertThat(error).containsEntry("code", "NOT_FOUND").containsEntry("field", "personIds");
  }

  @Test
  void scheduleRangeTooLongOrInverted() {
    String rotation = rotation(rotationInput(team()));
    String query =
        """
        query($id: ID!, $from: DateTime!, $to: DateTime!) {
          schedule(rotationId: $id, from: $from, to: $to) { index }
        }""";
    assertThat(
            GraphQl.admin()
                .error(
                    query,
                    "id",
                    rotation,
                    "from",
                    "2026-01-01T00:00:00Z",
                    "to",
                    "2028-01-01T00:00:00Z"))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "to");
    assertThat(
            GraphQl.admin()
                .error(
                    query,
                    "id",
                    rotation,
                    "from",
                    "2026-02-01T00:00:00Z",
                    "to",
                    "2026-01-01T00:00:00Z"))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "to");
  }

  @Test
  void unknownRotationId() {
    Map<String, Object> error =
        GraphQl.admin()
            .error(
                "query($id: ID!) { rotation(id: $id) { id } }", "id", UUID.randomUUID().toString());
    assertThat(error).containsEntry("code", "NOT_FOUND").containsEntry("field", "id");
  }

  @Test
  void pageSizeOverTheCap() {
    Map<String, Object> error =
        GraphQl.admin().error("{ rotations(first: 1000) { nodes { id } } }");
    assertThat(error).containsEntry("code", "VALIDATION").containsEntry("field", "first");
  }

  @Test
  void aCursorFromAnotherListIsAValidationErrorNotAnInternalOne() {
    String team = team();
    rotation(rotationInput(team));
    rotation(rotationInput(team));
    String cursor =
        GraphQl.admin()
            .ok(
                "query($team: ID) { rotations(teamId: $team, first: 1) { pageInfo { endCursor } } }",
                "team",
                team)
            .getString("rotations.pageInfo.endCursor");
    String rotation = rotation(rotationInput(team));
    Map<String, Object> error =
        GraphQl.admin()
            .error(
                "query($id: ID!, $after: String) { scheduleHistory(rotationId: $id, after: $after) { nodes { kind } } }",
                "id",
                rotation,
                "after",
                cursor);
    assertThat(error).containsEntry("code", "VALIDATION").containsEntry("field", "after");
  }

  @Test
  void internalErrorsShowOnlyAnId() {
    Map<String, Object> error =
        GraphQl.admin()
            .error("{ rotations(first: 5, after: \"bm90LWEtY3Vyc29y\") { nodes { id } } }");
    assertThat(error).containsEntry("code", "VALIDATION").containsEntry("field", "after");
    assertThat(error.toString()).doesNotContain("Exception").doesNotContain("org.dutyboard");
  }
}
