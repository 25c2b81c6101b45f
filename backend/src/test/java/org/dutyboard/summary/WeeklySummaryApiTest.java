package org.dutyboard.summary;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.member;
import static org.dutyboard.testing.Fixtures.token;
import static org.dutyboard.testing.Inputs.aWeeklyRotation;

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
          postmortemsDue {
            dueDays privateNotShown
            due { title severity resolvedAt postmortemState }
            overdue { title severity resolvedAt postmortemState }
          }
          incidentMetrics {
            incidentCount privateIncidentsNotShown
            measures { measure incidentsWithData medianSeconds p90Seconds }
          }
          followUps { created completed overdue }
          clinicRequests { handled { title } waitingForMeeting { title } }
          notes { text important author }
          upcomingMaintenance { title start end status components }
          markdown
        }
      }""";
  private static final String TRENDS =
      """
      query($team: ID!, $weeks: Int) {
        weeklyTrends(teamId: $team, weeks: $weeks, weekOf: "2037-03-16") {
          weeks { start end meetingDate }
          pages { values latest delta } offHoursPages { values }
          incidentsDeclared { severity series { values latest delta } }
          incidentsResolved { severity series { values } }
          timeToResolve { medianSeconds p90Seconds incidentsWithData medianDeltaSeconds }
          followUpsCreated { values } followUpsCompleted { values } followUpsOverdue { values }
          clinicRequestsHandled { values } unacknowledgedHandoffs { values latest }
          privateIncidentsNotIncluded
          load { person { name } onDutyHours holidayHours offHoursPages }
        }
      }""";
  private static final String DECLARE =
      """
      mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }""";
  private static final String SAVE_REPORT =
      """
      mutation($id: ID!, $input: PostmortemInput!) {
        savePostmortem(incidentId: $id, input: $input) { version }
      }""";
  private static final String REVIEW_REPORT =
      """
      mutation($id: ID!, $version: Int) {
        changePostmortemState(incidentId: $id, state: IN_REVIEW, expectedVersion: $version) {
          state
        }
      }""";
  private static final String WAIVE =
      """
      mutation($id: ID!) { waivePostmortem(incidentId: $id, reason: "Vendor outage, vendor reports") { id } }""";
  private static final String TRANSITION =
      """
      mutation($id: ID!, $status: IncidentStatus!) {
        transitionIncident(id: $id, input: {status: $status}) { status }
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

    // Resolved in an earlier week: one report still due (carried), one waived.
    String oldOutage = declare(ana, "Old outage", "SEV3", "PUBLIC", "2037-03-02T09:00:00Z");
    resolve(ana, oldOutage, "2037-03-03T09:00:00Z");
    String waived = declare(ana, "Waived outage", "SEV3", "PUBLIC", "2037-03-02T10:00:00Z");
    resolve(ana, waived, "2037-03-03T10:00:00Z");
    GraphQl.admin().ok(WAIVE, "id", waived);

    String failover =
        declare(
            ana,
            "Database failover",
            "SEV2",
            "PUBLIC",
            "2037-03-10T12:00:00Z",
            "2037-03-10T11:40:00Z",
            "2037-03-10T11:50:00Z");
    String done = followUp(failover, "Add a replica lag alert", "2037-03-12");
    followUp(failover, "Write the failover runbook", "2037-03-13"); // overdue at the meeting
    followUp(failover, "Automate the failover", "2037-03-20"); // not due yet
    String floatingIp = request("Floating IP for the proxy", "FLOATING_IP", false);
    request("New project wikidata-search", "NEW_PROJECT", true); // waits for the meeting
    // Exactly 5 days before the meeting: due, not yet overdue.
    clock.set(Instant.parse("2037-03-11T09:00:00Z"));
    ana.api().ok(DECLINE, "id", floatingIp);
    ana.api().ok(FOLLOW_UP_DONE, "id", done);
    resolve(ana, failover, "2037-03-11T09:00:00Z");
    saveReport(failover);
    String stampede =
        declare(
            ana,
            "Cache stampede",
            "SEV3",
            "PUBLIC",
            "2037-03-10T08:00:00Z",
            "2037-03-10T07:00:00Z",
            "2037-03-10T07:30:00Z");
    resolve(ana, stampede, "2037-03-11T08:59:59Z"); // one second more than 5 days: overdue
    declare(
        ana,
        "Slow deploys",
        "SEV3",
        "PUBLIC",
        "2037-03-12T09:00:00Z",
        "2037-03-12T08:30:00Z",
        "2037-03-12T08:50:00Z");
    String leaked = declare(ben, "Leaked credentials", "SEV1", "PRIVATE", "2037-03-13T09:00:00Z");
    resolve(ben, leaked, "2037-03-14T09:00:00Z");
    String backlog = declare(ana, "Queue backlog", "SEV3", "PUBLIC", "2037-03-13T10:00:00Z");
    resolve(ana, backlog, "2037-03-13T12:00:00Z");
    int version = saveReport(backlog);
    ana.api().ok(REVIEW_REPORT, "id", backlog, "version", version);
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
        .ok("mutation($id: ID!) { cancelMaintenanceWindow(id: $id) { id } }", "id", cancelled);
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
            mutation($input: MaintenanceWindowInput!) { scheduleMaintenanceWindow(input: $input) { id } }""",
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
        .getString("scheduleMaintenanceWindow.id");
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

  /** Declared at {@code at}, impact began at {@code started}, noticed at {@code detected}. */
  private String declare(
      Member who,
      String title,
      String severity,
      String visibility,
      String at,
      String started,
      String detected) {
    clock.set(Instant.parse(at));
    return who.api()
        .ok(
            DECLARE,
            "input",
            Map.of(
                "title",
                title,
                "severity",
                severity,
                "visibility",
                visibility,
                "startedAt",
                started,
                "detectedAt",
                detected))
        .getString("declareIncident.id");
  }

  /** Mitigated and resolved at {@code at}. */
  private void resolve(Member who, String incident, String at) {
    clock.set(Instant.parse(at));
    who.api().ok(TRANSITION, "id", incident, "status", "MONITORING");
    who.api().ok(TRANSITION, "id", incident, "status", "RESOLVED");
  }

  /** A complete DRAFT report; returns its version. */
  private int saveReport(String incident) {
    return ana.api()
        .ok(
            SAVE_REPORT,
            "id",
            incident,
            "input",
            Map.of("summary", "What happened", "impact", "Who noticed", "rootCauses", "Why"))
        .getInt("savePostmortem.version");
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

  /** The summary of the week as its meeting (2037-03-16) reviews it. */
  private JsonPath summary(String token) {
    return summaryAt(token, "2037-03-20T00:00:00Z");
  }

  /** The summary of the week as seen at {@code now}. */
  private JsonPath summaryAt(String token, String now) {
    clock.set(Instant.parse(now));
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
        .containsExactly("Database failover", "Cache stampede", "Slow deploys", "Queue backlog");
    assertThat(s.getList(p + "incidents.resolved.title"))
        .containsExactly("Database failover", "Cache stampede", "Queue backlog");
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
  void reportsDueAndOverdueAtTheEndOfTheWeek() {
    JsonPath s = summary(token("VIEWER"));
    String r = "weeklySummary.postmortemsDue.";
    assertThat(s.getInt(r + "dueDays")).isEqualTo(5);
    // Resolved exactly 5 days before the meeting: still due, with its DRAFT.
    assertThat(s.getList(r + "due.title")).containsExactly("Database failover");
    assertThat(s.getList(r + "due.severity")).containsExactly("SEV2");
    assertThat(s.getList(r + "due.resolvedAt")).containsExactly("2037-03-11T09:00:00Z");
    assertThat(s.getList(r + "due.postmortemState")).containsExactly("DRAFT");
    // Carried from an earlier week, and one second past the 5 days. Not listed: the waived one,
    // the one IN_REVIEW, the open one, and the private one (only counted).
    assertThat(s.getList(r + "overdue.title")).containsExactly("Old outage", "Cache stampede");
    assertThat(s.getList(r + "overdue.resolvedAt"))
        .containsExactly("2037-03-03T09:00:00Z", "2037-03-11T08:59:59Z");
    assertThat(s.getList(r + "overdue.postmortemState")).containsExactly(null, null);
    assertThat(s.getInt(r + "privateNotShown")).isEqualTo(1);
  }

  @Test
  void whileTheWeekRunsReportsAreJudgedNowNotAtItsEnd() {
    // Five minutes after both were resolved: due, however far the end of the week is.
    JsonPath s = summaryAt(token("VIEWER"), "2037-03-11T09:05:00Z");
    String r = "weeklySummary.postmortemsDue.";
    assertThat(s.getList(r + "due.title")).containsExactly("Database failover", "Cache stampede");
    assertThat(s.getList(r + "overdue.title")).containsExactly("Old outage");
    assertThat(s.getString("weeklySummary.markdown"))
        .contains("- Overdue (more than 5 days after resolution): 1\n");
  }

  @Test
  void aTeamWithoutAMeetingReadsUtcNotZ() {
    String other = Fixtures.team();
    String md =
        GraphQl.withToken(token("VIEWER"))
            .ok(SUMMARY, "team", other, "weekOf", "2037-03-16")
            .getString("weeklySummary.markdown");
    assertThat(md).contains(" (UTC), meeting on 2037-03-16.").doesNotContain("(Z)");
  }

  @Test
  void rolesAreListedInTheRotationsOrder() {
    String clinic =
        aWeeklyRotation(team)
            .handingOffOn(MONDAY, "10:00")
            .startingOn("2037-03-02")
            .withRoles("clinician", "backup")
            .create();
    Fixtures.setRoster(clinic, List.of(ana.id(), ben.id()));
    String name =
        GraphQl.admin()
            .ok("query($id: ID!) { rotation(id: $id) { name } }", "id", clinic)
            .getString("rotation.name");
    JsonPath s = summary(token("VIEWER"));
    List<Map<String, Object>> holders = s.getList("weeklySummary.roleHolders");
    assertThat(holders.stream().filter(h -> name.equals(h.get("rotation"))).map(h -> h.get("role")))
        .as("two shifts meet the week, each with clinician before backup")
        .containsExactly("clinician", "backup", "clinician", "backup");
    assertThat(s.getString("weeklySummary.markdown"))
        .containsSubsequence(name + " / clinician", name + " / backup");
  }

  @Test
  void noteTextCannotChangeTheMarkdownsStructure() {
    note(
        "Fine\n## Incidents\n- 0 private incidents not shown <script>alert(1)</script>"
            + " [click](javascript:alert(1)) <javascript:alert(2)>",
        "2037-03-12T12:00:00Z");
    note("# Not a heading", "2037-03-12T13:00:00Z");
    String md = summary(token("VIEWER")).getString("weeklySummary.markdown");
    assertThat(md.lines().filter(l -> l.startsWith("#")))
        .containsExactly(
            "# Weekly SRE summary: " + summary(token("VIEWER")).getString("weeklySummary.teamName"),
            "## Notes",
            "## On duty",
            "## Handoffs",
            "## Pages for awareness",
            "## Incidents",
            "## Incident reports",
            "## Incident metrics",
            "## Follow-ups",
            "## Clinic requests",
            "## Trends (last 12 weeks)",
            "## Maintenance next week");
    assertThat(md.lines().filter(l -> l.contains("0 private incidents not shown")))
        .containsExactly(
            "- Fine ## Incidents - 0 private incidents not shown \\<script\\>alert(1)\\</script\\>"
                + " \\[click\\](javascript:alert(1)) \\<javascript:alert(2)\\> - Person ana");
    assertThat(md).contains("- \\# Not a heading - Person ana").doesNotContain("<script>");
  }

  @Test
  void theWeeksMetricsOverTheVisibleIncidentsDeclaredInIt() {
    JsonPath s = summary(token("VIEWER"));
    String m = "weeklySummary.incidentMetrics.";
    assertThat(s.getInt(m + "incidentCount")).isEqualTo(4);
    assertThat(s.getInt(m + "privateIncidentsNotShown")).isEqualTo(1);
    assertThat(s.getList(m + "measures.measure"))
        .containsExactly(
            "TIME_TO_DETECT", "TIME_TO_ACKNOWLEDGE", "TIME_TO_MITIGATE", "TIME_TO_RESOLVE");
    // Detect: 10, 30 and 20 minutes. Mitigate and resolve: 21h20m and 25h59m59s (no start known
    // for the queue backlog). Nobody took a role, so nothing was acknowledged.
    assertThat(s.getList(m + "measures.incidentsWithData")).containsExactly(3, 0, 2, 2);
    assertThat(s.getList(m + "measures.medianSeconds")).containsExactly(1200, null, 85_199, 85_199);
    assertThat(s.getList(m + "measures.p90Seconds")).containsExactly(1800, null, 93_599, 93_599);
  }

  @Test
  void theDeclarerSeesTheirPrivateIncidentsReportDue() {
    JsonPath s = summary(ben.token());
    assertThat(s.getList("weeklySummary.postmortemsDue.due.title"))
        .containsExactly("Database failover", "Leaked credentials");
    assertThat(s.getInt("weeklySummary.postmortemsDue.privateNotShown")).isZero();
    assertThat(s.getInt("weeklySummary.incidentMetrics.incidentCount")).isEqualTo(5);
    assertThat(s.getInt("weeklySummary.incidentMetrics.privateIncidentsNotShown")).isZero();
  }

  @Test
  void theDeclarerSeesTheirPrivateIncidentInTheList() {
    JsonPath s = summary(ben.token());
    assertThat(s.getList("weeklySummary.incidents.declared.title"))
        .containsExactly(
            "Database failover",
            "Cache stampede",
            "Slow deploys",
            "Leaked credentials",
            "Queue backlog");
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
            .replaceAll("INC-\\d+ ", "INC-N ")
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

            - 1 handoff, 1 unacknowledged
              - unacknowledged: ROTATION / primary at Tue 2037-03-10 18:00, Person ana to Person ben

            ## Pages for awareness

            - 3 pages, 2 outside working hours
            - By rotation: ROTATION (3)
            - By person: Person ben (2), Person ana (1)
            - Top alerts: DiskFull (2), HighLatency (1)

            ## Incidents

            - Declared: 4
              - INC-N SEV2 Database failover (RESOLVED)
              - INC-N SEV3 Cache stampede (RESOLVED)
              - INC-N SEV3 Slow deploys (INVESTIGATING)
              - INC-N SEV3 Queue backlog (RESOLVED)
            - Resolved: 3
              - INC-N SEV2 Database failover (RESOLVED)
              - INC-N SEV3 Cache stampede (RESOLVED)
              - INC-N SEV3 Queue backlog (RESOLVED)
            - Still open: 1
              - INC-N SEV3 Slow deploys (INVESTIGATING)
            - 1 private incident not shown

            ## Incident reports

            - Due: 1
              - INC-N SEV2 Database failover, resolved Wed 2037-03-11 10:00, report DRAFT
            - Overdue (more than 5 days after resolution): 2
              - INC-N SEV3 Old outage, resolved Tue 2037-03-03 10:00, report not started
              - INC-N SEV3 Cache stampede, resolved Wed 2037-03-11 09:59, report not started
            - 1 private incident not shown

            ## Incident metrics

            - Over 4 incidents declared in the week, 1 private not included
            - Time to detect: median 20 min, p90 30 min (3 with data)
            - Time to acknowledge: no data
            - Time to mitigate: median 23 h 39 min, p90 25 h 59 min (2 with data)
            - Time to resolve: median 23 h 39 min, p90 25 h 59 min (2 with data)

            ## Follow-ups

            - 3 created, 1 completed, 1 overdue

            ## Clinic requests

            - Handled: 1
              - Floating IP for the proxy (FLOATING_IP, DECLINED)
            - Waiting for the meeting: 1
              - New project wikidata-search (NEW_PROJECT, NEEDS_MEETING_REVIEW)

            ## Trends (last 12 weeks)

            Weeks to the meetings of 2036-12-29 to 2037-03-16, oldest first; a week without any counts 0.

            - Pages: 3 (▲ 3 vs last week); by week: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3
            - Off-hours pages: 2 (▲ 2 vs last week); by week: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2
            - Incidents declared: 4 (▲ 2 vs last week); by week: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 4; this week SEV1 0, SEV2 1, SEV3 3, SEV4 0
            - Incidents resolved: 3 (▲ 1 vs last week); by week: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3; this week SEV1 0, SEV2 1, SEV3 2, SEV4 0
            - Time to resolve (median, of the incidents resolved in the week): 23 h 39 min (no comparison); by week (h): -, -, -, -, -, -, -, -, -, -, -, 23.7
            - Follow-ups created: 3 (▲ 3 vs last week); by week: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3
            - Follow-ups completed: 1 (▲ 1 vs last week); by week: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
            - Follow-ups overdue: 1 (▲ 1 vs last week); by week: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
            - Clinic requests handled: 1 (▲ 1 vs last week); by week: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
            - Handoffs not acknowledged: 1 (▲ 1 vs last week); by week: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
            - 1 private incident not included
            - Load per person over these weeks (on duty, of it on holidays, off-hours pages):
              - Person ana: 167.0 h, 0.0 h, 0
              - Person ben: 136.0 h, 0.0 h, 2

            ## Maintenance next week

            - Overlaps the meeting: Mon 2037-03-16 09:00 to Mon 2037-03-16 11:00 (SCHEDULED)
            - Uplink maintenance: Wed 2037-03-18 06:00 to Wed 2037-03-18 10:00 (SCHEDULED) - VPS, TOOLFORGE
            """);
  }

  private JsonPath trends(String token, int weeks) {
    clock.set(Instant.parse("2037-03-20T00:00:00Z"));
    return GraphQl.withToken(token).ok(TRENDS, "team", team, "weeks", weeks);
  }

  @SuppressWarnings("unchecked")
  private static List<Integer> severity(JsonPath t, String list, String severity) {
    List<Map<String, Object>> all = t.getList("weeklyTrends." + list);
    return all.stream()
        .filter(s -> severity.equals(s.get("severity")))
        .map(s -> (List<Integer>) ((Map<String, Object>) s.get("series")).get("values"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void weeklyTrendsPutTheWeeksSideBySideWithZerosForQuietWeeks() {
    JsonPath t = trends(token("VIEWER"), 3);
    String w = "weeklyTrends.";
    assertThat(t.getList(w + "weeks.meetingDate"))
        .containsExactly("2037-03-02", "2037-03-09", "2037-03-16");
    assertThat(t.getList(w + "weeks.start"))
        .containsExactly("2037-02-23T09:00:00Z", "2037-03-02T09:00:00Z", "2037-03-09T09:00:00Z");
    // The newest week agrees with the week's summary.
    assertThat(t.getList(w + "pages.values")).containsExactly(0, 0, 3);
    assertThat(t.getInt(w + "pages.delta")).isEqualTo(3);
    assertThat(t.getList(w + "offHoursPages.values")).containsExactly(0, 0, 2);
    assertThat(severity(t, "incidentsDeclared", "SEV1")).containsExactly(0, 0, 0);
    assertThat(severity(t, "incidentsDeclared", "SEV2")).containsExactly(0, 0, 1);
    assertThat(severity(t, "incidentsDeclared", "SEV3")).containsExactly(0, 2, 3);
    assertThat(severity(t, "incidentsDeclared", "SEV4")).containsExactly(0, 0, 0);
    assertThat(severity(t, "incidentsResolved", "SEV3")).containsExactly(0, 2, 2);
    assertThat(severity(t, "incidentsResolved", "SEV2")).containsExactly(0, 0, 1);
    assertThat(t.getInt(w + "privateIncidentsNotIncluded")).isEqualTo(1);
    // Resolved in the week with a known start: 21h20m and 25h59m59s.
    assertThat(t.getList(w + "timeToResolve.medianSeconds")).containsExactly(null, null, 85_199);
    assertThat(t.getList(w + "timeToResolve.p90Seconds")).containsExactly(null, null, 93_599);
    assertThat(t.getList(w + "timeToResolve.incidentsWithData")).containsExactly(0, 0, 2);
    assertThat(t.getString(w + "timeToResolve.medianDeltaSeconds")).isNull();
    assertThat(t.getList(w + "followUpsCreated.values")).containsExactly(0, 0, 3);
    assertThat(t.getList(w + "followUpsCompleted.values")).containsExactly(0, 0, 1);
    assertThat(t.getList(w + "followUpsOverdue.values")).containsExactly(0, 0, 1);
    assertThat(t.getList(w + "clinicRequestsHandled.values")).containsExactly(0, 0, 1);
    assertThat(t.getInt(w + "unacknowledgedHandoffs.latest")).isEqualTo(1);
    assertThat(t.getList(w + "unacknowledgedHandoffs.values")).hasSize(3);
    // Load over the three weeks: ben got both off-hours pages.
    assertThat(t.getList(w + "load.person.name")).contains("Person ana", "Person ben");
    List<Map<String, Object>> load = t.getList(w + "load");
    Map<String, Object> benLoad =
        load.stream().filter(l -> l.toString().contains("Person ben")).findFirst().orElseThrow();
    assertThat(benLoad).containsEntry("offHoursPages", 2);
    assertThat(((Number) benLoad.get("onDutyHours")).doubleValue()).isPositive();
    assertThat(t.getList(w + "load.holidayHours")).containsOnly(0.0f);
  }

  @Test
  void weeklyTrendsShowPrivateIncidentsOnlyToThoseAllowed() {
    JsonPath declarer = trends(ben.token(), 3);
    assertThat(severity(declarer, "incidentsDeclared", "SEV1")).containsExactly(0, 0, 1);
    assertThat(declarer.getInt("weeklyTrends.privateIncidentsNotIncluded")).isZero();
    assertThat(severity(trends(token("VIEWER"), 3), "incidentsDeclared", "SEV1"))
        .containsExactly(0, 0, 0);
  }

  @Test
  void weeklyTrendsDefaultToTwelveWeeksAndRefuseMoreThanTheCap() {
    clock.set(Instant.parse("2037-03-20T00:00:00Z"));
    JsonPath t =
        GraphQl.withToken(token("VIEWER"))
            .ok(
                "query($team: ID!) { weeklyTrends(teamId: $team) { weeks { meetingDate } } }",
                "team",
                team);
    assertThat(t.getList("weeklyTrends.weeks.meetingDate"))
        .hasSize(12)
        .endsWith("2037-03-23"); // the week running now
    assertThat(GraphQl.withToken(token("VIEWER")).error(TRENDS, "team", team, "weeks", 27))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "weeks");
    assertThat(GraphQl.withToken(token("VIEWER")).error(TRENDS, "team", team, "weeks", 0))
        .containsEntry("code", "VALIDATION");
    assertThat(
            GraphQl.withToken(token("VIEWER"))
                .error(TRENDS, "team", java.util.UUID.randomUUID().toString(), "weeks", 3))
        .containsEntry("code", "NOT_FOUND");
    assertThat(GraphQl.anonymous().error(TRENDS, "team", team, "weeks", 3).get("code"))
        .isIn("UNAUTHENTICATED", "FORBIDDEN");
  }
}
