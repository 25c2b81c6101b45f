package org.dutyboard.summary.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.token;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamMeetingApiTest {
  private static final String SET =
      """
      mutation($team: ID!, $input: TeamMeetingInput!, $v: Int) {
        setTeamMeeting(teamId: $team, input: $input, expectedVersion: $v) {
          weekday time timeZone version
        }
      }""";
  private static final String GET =
      """
      query($team: ID!) { teamMeeting(teamId: $team) { weekday time timeZone version } }""";
  private static final String WEEK =
      """
      query($team: ID!) { weeklySummary(teamId: $team, weekOf: "2030-07-03") { weekStart weekEnd } }""";

  private static Map<String, Object> meeting(String weekday, String time, String zone) {
    return Map.of("weekday", weekday, "time", time, "timeZone", zone);
  }

  @Test
  void aSchedulerSetsTheMeetingAndItBoundsTheSummaryWeek() {
    String team = Fixtures.team();
    GraphQl viewer = GraphQl.withToken(token("VIEWER"));
    assertThat(viewer.ok(GET, "team", team).getMap("teamMeeting")).isNull();
    // Until set: Mondays 10:00 UTC.
    assertThat(viewer.ok(WEEK, "team", team).getString("weeklySummary.weekStart"))
        .isEqualTo("2030-07-01T10:00:00Z");

    GraphQl scheduler = GraphQl.withToken(token("SCHEDULER"));
    scheduler.ok(SET, "team", team, "input", meeting("WEDNESDAY", "15:30", "America/Chicago"));
    assertThat(viewer.ok(GET, "team", team).getMap("teamMeeting"))
        .containsEntry("weekday", "WEDNESDAY")
        .containsEntry("time", "15:30")
        .containsEntry("timeZone", "America/Chicago")
        .containsEntry("version", 0);
    // 2030-07-03 starts before that day's meeting: the week it reviews.
    assertThat(viewer.ok(WEEK, "team", team).getMap("weeklySummary"))
        .containsEntry("weekStart", "2030-06-26T20:30:00Z")
        .containsEntry("weekEnd", "2030-07-03T20:30:00Z");
  }

  @Test
  void onlySchedulersSetItAndBadInputChangesNothing() {
    String team = Fixtures.team();
    GraphQl scheduler = GraphQl.withToken(token("SCHEDULER"));
    scheduler.ok(SET, "team", team, "input", meeting("MONDAY", "10:00", "Europe/Berlin"));

    assertThat(
            GraphQl.withToken(token("VIEWER"))
                .error(SET, "team", team, "input", meeting("FRIDAY", "10:00", "UTC")))
        .containsEntry("code", "FORBIDDEN");
    assertThat(
            scheduler.error(
                SET, "team", team, "input", meeting("FRIDAY", "10:00", "Mars/Olympus"), "v", 0))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "timeZone");
    assertThat(
            scheduler.error(SET, "team", team, "input", meeting("FRIDAY", "10:00", "UTC"), "v", 7))
        .containsEntry("code", "CONFLICT");
    assertThat(GraphQl.withToken(token("VIEWER")).ok(GET, "team", team).getMap("teamMeeting"))
        .containsEntry("weekday", "MONDAY")
        .containsEntry("version", 0);
  }
}
