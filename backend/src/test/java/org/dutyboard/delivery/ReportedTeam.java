package org.dutyboard.delivery;

import static org.dutyboard.testing.Fixtures.member;
import static org.dutyboard.testing.Fixtures.token;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.Fixtures.Member;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.MutableClock;

/**
 * A team meeting Mondays 10:00 Berlin, with a public and a private incident in the week ending
 * Monday 11 March 2041 (09:00Z). The private one's title carries {@link #canary}, which must never
 * reach a message.
 */
final class ReportedTeam {
  static final Instant BOUNDARY = Instant.parse("2041-03-11T09:00:00Z");
  static final String MEETING_DATE = "2041-03-11";
  static final String SET_DELIVERY =
      """
      mutation($team: ID!, $input: TeamDeliveryInput!, $v: Int) {
        setTeamDelivery(teamId: $team, input: $input, expectedVersion: $v) {
          recipients chatWebhook dutyLinePublic dutyLineUrl version
        }
      }""";
  static final String DELIVERIES =
      """
      query($team: ID!) {
        deliveries(teamId: $team) {
          meetingDate channel state subject attempts nextAttemptAt lastError sentAt reportUrl
        }
      }""";

  final String id;
  final String name;
  final String canary = Fixtures.unique("CANARY");

  ReportedTeam(MutableClock clock) {
    clock.set(Instant.parse("2041-03-01T00:00:00Z"));
    id = Fixtures.team();
    name =
        GraphQl.admin()
            .ok("query($id: ID!) { team(id: $id) { name } }", "id", id)
            .getString("team.name");
    Member ana = member(id, "ana");
    GraphQl.withToken(token("SCHEDULER"))
        .ok(
            """
            mutation($team: ID!, $input: TeamMeetingInput!) {
              setTeamMeeting(teamId: $team, input: $input) { version }
            }""",
            "team",
            id,
            "input",
            Map.of("weekday", "MONDAY", "time", "10:00", "timeZone", "Europe/Berlin"));
    clock.set(Instant.parse("2041-03-05T10:00:00Z"));
    declare(ana, "Search is slow", "PUBLIC");
    declare(ana, canary + " leaked credentials", "PRIVATE");
  }

  /** Sets the team's delivery as a SCHEDULER; {@code webhook} null keeps the current one. */
  void deliverTo(List<String> recipients, String webhook, boolean dutyLinePublic) {
    Map<String, Object> input = new HashMap<>();
    input.put("recipients", recipients);
    input.put("chatWebhookUrl", webhook);
    input.put("dutyLinePublic", dutyLinePublic);
    Integer version =
        GraphQl.withToken(token("SCHEDULER"))
            .ok("query($team: ID!) { teamDelivery(teamId: $team) { version } }", "team", id)
            .get("teamDelivery.version");
    GraphQl.withToken(token("SCHEDULER"))
        .ok(SET_DELIVERY, "team", id, "input", input, "v", version);
  }

  /** The deliveries of the team as a SCHEDULER reads them. */
  List<Map<String, Object>> deliveries() {
    return GraphQl.withToken(token("SCHEDULER")).ok(DELIVERIES, "team", id).getList("deliveries");
  }

  private static void declare(Member who, String title, String visibility) {
    who.api()
        .ok(
            """
            mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }""",
            "input",
            Map.of("title", title, "severity", "SEV2", "visibility", visibility));
  }
}
