package org.dutyboard.rotation.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.people;
import static org.dutyboard.testing.Fixtures.rotation;
import static org.dutyboard.testing.Fixtures.rotationInput;
import static org.dutyboard.testing.Fixtures.setRoster;
import static org.dutyboard.testing.Fixtures.team;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.rotation.change.SkippedPeriods;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rotations hand off on Tuesdays at 10:00 Los Angeles time (17:00Z in summer). */
@QuarkusTest
class CoverageApiTest {
  private static final String GAPS =
      """
      query($team: ID, $rotation: ID, $days: Int) {
        coverageGaps(teamId: $team, rotationId: $rotation, days: $days) {
          rotation { id } role start end reason
        }
      }""";
  private static final String GAPS_DEFAULT_DAYS =
      """
      query($rotation: ID) {
        coverageGaps(rotationId: $rotation) { rotation { id } role start end reason }
      }""";

  @Inject MutableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private static String juneRotation(String team) {
    Map<String, Object> input = rotationInput(team);
    input.put("startsOn", "2026-06-01");
    return rotation(input);
  }

  @Test
  void emptyRostersAndSkippedShiftsAreGapsPerRole() {
    String team = team();
    String empty = juneRotation(team);
    String skipping = juneRotation(team);
    setRoster(skipping, people(3));
    SkippedPeriods.skip(
        UUID.fromString(skipping),
        "2026-06-16T00:00:00Z",
        "2026-06-17T00:00:00Z",
        "2026-06-01T00:00:00Z");
    clock.set(Instant.parse("2026-06-10T12:00:00Z"));

    JsonPath none = GraphQl.admin().ok(GAPS_DEFAULT_DAYS, "rotation", empty);
    assertThat(none.getList("coverageGaps.role"))
        .containsExactly("primary", "secondary", "tertiary");
    assertThat(none.getList("coverageGaps.start")).containsOnly("2026-06-10T12:00:00Z");
    assertThat(none.getList("coverageGaps.end")).containsOnly("2026-06-24T12:00:00Z");
    assertThat(none.getList("coverageGaps.reason")).containsOnly("UNFILLED");

    JsonPath skipped = GraphQl.admin().ok(GAPS, "rotation", skipping, "days", 14);
    assertThat(skipped.getList("coverageGaps.role"))
        .containsExactly("primary", "secondary", "tertiary");
    assertThat(skipped.getList("coverageGaps.start")).containsOnly("2026-06-16T17:00:00Z");
    assertThat(skipped.getList("coverageGaps.end")).containsOnly("2026-06-23T17:00:00Z");
    assertThat(skipped.getList("coverageGaps.reason")).containsOnly("SKIPPED");

    // Looking only 5 days ahead the skipped shift is out of sight.
    assertThat(GraphQl.admin().ok(GAPS, "rotation", skipping, "days", 5).getList("coverageGaps"))
        .isEmpty();

    JsonPath byTeam = GraphQl.admin().ok(GAPS, "team", team);
    assertThat(byTeam.getList("coverageGaps")).hasSize(6);
    assertThat(byTeam.getList("coverageGaps.rotation.id")).containsOnly(empty, skipping);
    assertThat(GraphQl.admin().ok(GAPS, "team", team(), "rotation", empty).getList("coverageGaps"))
        .isEmpty();
  }

  @Test
  void daysOutsideTheLimitsAreValidationErrors() {
    assertThat(GraphQl.admin().error(GAPS, "days", 0))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "days");
    assertThat(GraphQl.admin().error(GAPS, "days", 400)).containsEntry("field", "days");
    assertThat(GraphQl.admin().error(GAPS, "rotation", UUID.randomUUID().toString()))
        .containsEntry("code", "NOT_FOUND");
  }
}
