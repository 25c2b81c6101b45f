package org.dutyboard.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.member;
import static org.dutyboard.testing.Fixtures.token;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.Fixtures.Member;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One team's week of 2037-03-09 to 2037-03-16 built through the API, every number asserted. */
@QuarkusTest
class WeeklySummaryApiTest {
  private static final String SET_MEETING =
      """
      mutation($team: ID!, $input: TeamMeetingInput!) {
        setTeamMeeting(teamId: $team, input: $input) { weekday time timeZone version }
      }""";
  private static final String SUMMARY =
      """
      query($team: ID!, $weekOf: Date!) {
        weeklySummary(teamId: $team, weekOf: $weekOf) {
          teamName weekStart weekEnd meetingDate
          roleHolders { rotation role person source start end }
          handoffs { role at outgoing incoming acknowledged }
          unacknowledgedHandoffs
          pages {
            total offHours
            byRotation { label count } byPerson { label count } topAlerts { label count }
          }
          incidents {
            declared { title severity status } resolved { title } stillOpen { title }
            privateNotShown
          }
          followUps { created completed overdue }
          clinicRequests { handled { title } waitingForMeeting { title } }
          notes { text important author }
          upcomingMaintenance { title start end status components }
          markdown
        }
      }""";
  private static final String DECLARE =
      """
      mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }""";
  private static final String TRANSITION =
      """
      mutation($id: ID!, $status: IncidentStatus!) {
        transitionIncident(id: $id, status: $status) { status }
      }""";
  private static final String NOTE =
      """
      mutation($team: ID!, $input: WeekNoteInput!) { addWeekNote(teamId: $team, input: $input) { id } }""";
  private static final String MARK =
      """
      mutation($id: ID!) { markWeekNoteImportant(id: $id, important: true, expectedVersion: 0) { id } }""";

  private static final String FOLLOW_UP =
      """
      mutation($incident: ID!, $input: FollowUpInput!) {
        createFollowUp(incidentId: $incident, input: $input) { id }
      }""";
  private static final String FOLLOW_UP_DONE =
      """
      mutation($id: ID!) { transitionFollowUp(id: $id, status: DONE) { status } }""";

  private static final String REQUEST =
      """
      mutation($team: ID!, $input: ClinicRequestInput!) {
        createClinicRequest(teamId: $team, input: $input) { id state }
      }""";
  private static final String DECLINE =
      """
      mutation($id: ID!) { declineClinicRequest(id: $id, reason: "Use a proxy instead") { state } }""";

  private static boolean maintenanceScheduled;

  @Inject MutableClock clock;

  private String team;
  private String rotation;
  private Member ana;
  private Member ben;

  @BeforeEach
  void aWeekOfTheTeam() {
    team = Fixtures.team();
    ana = member(team, "ana");
    ben = member(team, "ben");
    GraphQl.withToken(token("SCHEDULER"))
        .ok(
            SET_MEETING,
            "team",
            team,
            "input",
            Map.of("weekday", "MONDAY", "time", "10:00", "timeZone", "Europe/Berlin"));
    Map<String, Object> input = Fixtures.rotationInput(team);
    input.put("startsOn", "2037-03-03");
    input.put("roles", List.of(Map.of("name", "primary")));
    rotation = Fixtures.rotation(input);
    Fixtures.setRoster(rotation, List.of(ana.id(), ben.id()));

    String ingest = token("INGEST");
    page(ingest, "DiskFull", "2037-03-10T10:00:00Z"); // Tue 11:00 Berlin, ana: working hours
    page(ingest, "DiskFull", "2037-03-11T02:00:00Z"); // Wed 03:00 Berlin, ben: off hours
    page(ingest, "HighLatency", "2037-03-14T12:00:00Z"); // Saturday, ben: off hours
    page(ingest, "DiskFull", "2037-03-16T10:00:00Z"); // next week

    String failover = declare(ana, "Database failover", "SEV2", "PUBLIC", "2037-03-10T12:00:00Z");
    String done = followUp(failover, "Add a replica lag alert", "2037-03-12");
    followUp(failover, "Write the failover runbook", "2037-03-13"); // overdue at the meeting
    followUp(failover, "Automate the failover", "2037-03-20"); // not due yet
    String floatingIp = request("Floating IP for the proxy", "FLOATING_IP", false);
    request("New project wikidata-search", "NEW_PROJECT", true); // waits for the meeting
    clock.set(Instant.parse("2037-03-11T08:00:00Z"));
    ana.api().ok(DECLINE, "id", floatingIp);
    ana.api().ok(FOLLOW_UP_DONE, "id", done);
    ana.api().ok(TRANSITION, "id", failover, "status", "MONITORING");
    ana.api().ok(TRANSITION, "id", failover, "status", "RESOLVED");
    declare(ana, "Slow deploys", "SEV3", "PUBLIC", "2037-03-12T09:00:00Z");
    declare(ben, "Leaked credentials", "SEV1", "PRIVATE", "2037-03-13T09:00:00Z");
    declare(ben, "Next week's outage", "SEV2", "PUBLIC", "2037-03-17T09:00:00Z");
    clock.reset();

    note("Ceph rebalanced", "2037-03-10T12:00:00Z");
    String rack = note("Rack B5 power work on Thursday", "2037-03-11T12:00:00Z");
    ana.api().ok(MARK, "id", rack);
    note("Next week's note", "2037-03-16T12:00:00Z");

    // Next week runs Mon 2037-03-16 09:00Z to Mon 2037-03-23 09:00Z (10:00 Berlin, CET).
    // Maintenance is not team-owned: schedule it once for all tests of this class.
    if (maintenanceScheduled) {
      return;
    }
    maintenanceScheduled = true;
    String vps = component("Cloud VPS");
    String toolforge = component("Toolforge");
    maintenance(
        "Uplink maintenance", "2037-03-18T05:00:00Z", "2037-03-18T09:00:00Z", toolforge, vps);
    maintenance("Overlaps the meeting", "2037-03-16T08:00:00Z", "2037-03-16T10:00:00Z");
    maintenance("This week's work", "2037-03-12T05:00:00Z", "2037-03-12T06:00:00Z");
    maintenance("Starts at the following meeting", "2037-03-23T09:00:00Z", "2037-03-23T10:00:00Z");
    String cancelled =
        maintenance("Postponed work", "2037-03-19T05:00:00Z", "2037-03-19T06:00:00Z");
    GraphQl.withToken(token("SCHEDULER"))
        .ok("mutation($id: ID!) { cancelMaintenance(id: $id) { id } }", "id", cancelled);
  }

  private static String component(String prefix) {
    return GraphQl.admin()
        .ok(
            """
            mutation($input: ComponentInput!) { createComponent(input: $input) { id } }""",
            "input",
            Map.of("name", Fixtures.unique(prefix)))
        .getString("createComponent.id");
  }

  private static String maintenance(String title, String start, String end, String... components) {
    return GraphQl.withToken(token("SCHEDULER"))
        .ok(
            """
            mutation($input: MaintenanceInput!) { scheduleMaintenance(input: $input) { id } }""",
            "input",
            Map.of(
                "title",
                title,
                "message",
                "Planned work.",
                "plannedStart",
                start,
                "plannedEnd",
                end,
                "componentIds",
                List.of(components)))
        .getString("scheduleMaintenance.id");
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private String declare(Member who, String title, String severity, String visibility, String at) {
    clock.set(Instant.parse(at));
    return who.api()
        .ok(
            DECLARE,
            "input",
            Map.of("title", title, "severity", severity, "visibility", visibility))
        .getString("declareIncident.id");
  }

  private String followUp(String incident, String title, String dueOn) {
    return ana.api()
        .ok(
            FOLLOW_UP,
            "incident",
            incident,
            "input",
            Map.of("title", title, "kind", "PREVENTIVE", "dueOn", dueOn))
        .getString("createFollowUp.id");
  }

  private String request(String title, String kind, boolean unsure) {
    return ana.api()
        .ok(
            REQUEST,
            "team",
            team,
            "input",
            Map.of("title", title, "kind", kind, "requester", "volunteer", "unsure", unsure))
        .getString("createClinicRequest.id");
  }

  private String note(String text, String at) {
    return ana.api()
        .ok(NOTE, "team", team, "input", Map.of("text", text, "at", at))
        .getString("addWeekNote.id");
  }

  private void page(String ingest, String alert, String startsAt) {
    Fixtures.page(ingest, rotation, alert, startsAt);
  }

  private JsonPath summary(String token) {
    return GraphQl.withToken(token).ok(SUMMARY, "team", team, "weekOf", "2037-03-16");
  }

  @Test
  void theSummaryCountsEverythingOfTheMeetingWeek() {
    JsonPath s = summary(token("VIEWER"));
    String p = "weeklySummary.";
    assertThat(s.getString(p + "weekStart")).isEqualTo("2037-03-09T09:00:00Z");
    assertThat(s.getString(p + "weekEnd")).isEqualTo("2037-03-16T09:00:00Z");
    assertThat(s.getString(p + "meetingDate")).isEqualTo("2037-03-16");
    assertThat(s.getList(p + "roleHolders.person")).containsExactly("Person ana", "Person ben");
    assertThat(s.getList(p + "roleHolders.source")).containsExactly("ROTATION", "ROTATION");
    assertThat(s.getList(p + "roleHolders.end"))
        .containsExactly("2037-03-10T17:00:00Z", "2037-03-16T09:00:00Z");
    assertThat(s.getList(p + "handoffs.at")).containsExactly("2037-03-10T17:00:00Z");
    assertThat(s.getInt(p + "unacknowledgedHandoffs")).isEqualTo(1);
    assertThat(s.getInt(p + "pages.total")).isEqualTo(3);
    assertThat(s.getInt(p + "pages.offHours")).isEqualTo(2);
    assertThat(s.getList(p + "pages.byRotation.count")).containsExactly(3);
    assertThat(s.getList(p + "pages.byPerson.label")).containsExactly("Person ben", "Person ana");
    assertThat(s.getList(p + "pages.byPerson.count")).containsExactly(2, 1);
    assertThat(s.getList(p + "pages.topAlerts.label")).containsExactly("DiskFull", "HighLatency");
    assertThat(s.getList(p + "pages.topAlerts.count")).containsExactly(2, 1);
    assertThat(s.getList(p + "incidents.declared.title"))
        .containsExactly("Database failover", "Slow deploys");
    assertThat(s.getList(p + "incidents.resolved.title")).containsExactly("Database failover");
    assertThat(s.getList(p + "incidents.stillOpen.title")).containsExactly("Slow deploys");
    assertThat(s.getInt(p + "incidents.privateNotShown")).isEqualTo(1);
    assertThat(s.getInt(p + "followUps.created")).isEqualTo(3);
    assertThat(s.getInt(p + "followUps.completed")).isEqualTo(1);
    assertThat(s.getInt(p + "followUps.overdue")).isEqualTo(1);
    assertThat(s.getList(p + "clinicRequests.handled.title"))
        .containsExactly("Floating IP for the proxy");
    assertThat(s.getList(p + "clinicRequests.waitingForMeeting.title"))
        .containsExactly("New project wikidata-search");
    assertThat(s.getList(p + "notes.text"))
        .containsExactly("Rack B5 power work on Thursday", "Ceph rebalanced");
    assertThat(s.getList(p + "notes.important")).containsExactly(true, false);
    assertThat(s.getList(p + "upcomingMaintenance.title"))
        .containsExactly("Overlaps the meeting", "Uplink maintenance");
    assertThat(s.getList(p + "upcomingMaintenance.start"))
        .containsExactly("2037-03-16T08:00:00Z", "2037-03-18T05:00:00Z");
    assertThat(s.getList(p + "upcomingMaintenance.status")).containsOnly("SCHEDULED");
    assertThat(s.getList(p + "upcomingMaintenance[1].components"))
        .hasSize(2)
        .allSatisfy(name -> assertThat((String) name).matches("(Cloud VPS|Toolforge)-.*"))
        .isSorted();
  }

  @Test
  void theDeclarerSeesTheirPrivateIncidentInTheList() {
    JsonPath s = summary(ben.token());
    assertThat(s.getList("weeklySummary.incidents.declared.title"))
        .containsExactly("Database failover", "Slow deploys", "Leaked credentials");
    assertThat(s.getInt("weeklySummary.incidents.privateNotShown")).isZero();
  }

  @Test
  void theMarkdownIsDeterministic() {
    String viewer = token("VIEWER");
    String first = summary(viewer).getString("weeklySummary.markdown");
    assertThat(summary(viewer).getString("weeklySummary.markdown")).isEqualTo(first);
    String teamName = summary(viewer).getString("weeklySummary.teamName");
    String rotationName =
        GraphQl.admin()
            .ok("query($id: ID!) { rotation(id: $id) { name } }", "id", rotation)
            .getString("rotation.name");
    String normalized =
        first
            .replace(teamName, "TEAM")
            .replace(rotationName, "ROTATION")
            .replaceAll("#\\d+ ", "#N ")
            .replaceAll("Cloud VPS-\\w+", "VPS")
            .replaceAll("Toolforge-\\w+", "TOOLFORGE");
    assertThat(normalized)
        .isEqualTo(
            """
            # Weekly SRE summary: TEAM

            Week Mon 2037-03-09 10:00 to Mon 2037-03-16 10:00 (Europe/Berlin), meeting on 2037-03-16.

            ## Notes

            - **Rack B5 power work on Thursday** - Person ana
            - Ceph rebalanced - Person ana

            ## On duty

            - ROTATION / primary: Person ana (ROTATION) Mon 2037-03-09 10:00 to Tue 2037-03-10 18:00
            - ROTATION / primary: Person ben (ROTATION) Tue 2037-03-10 18:00 to Mon 2037-03-16 10:00

            ## Handoffs

            - 1 handoffs, 1 unacknowledged
              - unacknowledged: ROTATION / primary at Tue 2037-03-10 18:00, Person ana to Person ben

            ## Pages for awareness

            - 3 pages, 2 off hours
            - By rotation: ROTATION (3)
            - By person: Person ben (2), Person ana (1)
            - Top alerts: DiskFull (2), HighLatency (1)

            ## Incidents

            - Declared: 2
              - #N SEV2 Database failover (RESOLVED)
              - #N SEV3 Slow deploys (INVESTIGATING)
            - Resolved: 1
              - #N SEV2 Database failover (RESOLVED)
            - Still open: 1
              - #N SEV3 Slow deploys (INVESTIGATING)
            - 1 private incidents not shown

            ## Follow-ups

            - 3 created, 1 completed, 1 overdue

            ## Clinic requests

            - Handled: 1
              - Floating IP for the proxy (FLOATING_IP, DECLINED)
            - Waiting for the meeting: 1
              - New project wikidata-search (NEW_PROJECT, NEEDS_MEETING_REVIEW)

            ## Maintenance next week

            - Overlaps the meeting: Mon 2037-03-16 09:00 to Mon 2037-03-16 11:00 (SCHEDULED)
            - Uplink maintenance: Wed 2037-03-18 06:00 to Wed 2037-03-18 10:00 (SCHEDULED) - VPS, TOOLFORGE
            """);
  }
}
