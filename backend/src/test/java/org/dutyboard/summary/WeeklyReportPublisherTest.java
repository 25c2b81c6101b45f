package org.dutyboard.summary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.member;
import static org.dutyboard.testing.Fixtures.token;
import static org.hamcrest.Matchers.containsString;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.dutyboard.site.report.WeeklyReportRenderer;
import org.dutyboard.summary.WeeklyReportPublication.Outcome;
import org.dutyboard.testing.AdvisoryLocks;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.Fixtures.Member;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduled production of the weekly duty report: a team meeting on Mondays at 10:00 Berlin,
 * the week ending Monday 11 March 2041 (09:00Z), the report delay 30 minutes.
 */
@QuarkusTest
class WeeklyReportPublisherTest {
  static final Instant BOUNDARY = Instant.parse("2041-03-11T09:00:00Z");
  static final String MEETING_DATE = "2041-03-11";

  private static final String DECLARE =
      """
      mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }""";
  private static final String NOTE =
      """
      mutation($team: ID!, $input: WeekNoteInput!) { addWeekNote(teamId: $team, input: $input) { id } }""";
  private static final String REPUBLISH =
      """
      mutation($team: ID!, $date: Date!) {
        publishWeeklyReport(teamId: $team, meetingDate: $date) { outcome pages }
      }""";

  @Inject MutableClock clock;
  @Inject WeeklyReportPublisher publisher;
  @Inject AgroalDataSource dataSource;

  private String team;
  private String teamName;
  private Member ana;
  private String canary;
  private String maintenanceTitle;

  @BeforeEach
  void aTeamWithAPrivateIncident() {
    clock.set(Instant.parse("2041-03-01T00:00:00Z"));
    team = Fixtures.team();
    teamName =
        GraphQl.admin()
            .ok("query($id: ID!) { team(id: $id) { name } }", "id", team)
            .getString("team.name");
    ana = member(team, "ana");
    GraphQl.withToken(token("SCHEDULER"))
        .ok(
            """
            mutation($team: ID!, $input: TeamMeetingInput!) {
              setTeamMeeting(teamId: $team, input: $input) { version }
            }""",
            "team",
            team,
            "input",
            Map.of("weekday", "MONDAY", "time", "10:00", "timeZone", "Europe/Berlin"));
    canary = Fixtures.unique("CANARY");
    clock.set(Instant.parse("2041-03-05T10:00:00Z"));
    declare("Search is slow", "PUBLIC");
    declare(canary + " leaked credentials", "PRIVATE");
    note("Ceph rebalanced", "2041-03-06T12:00:00Z");
    maintenanceTitle = Fixtures.unique("Switch firmware upgrade");
    GraphQl.withToken(token("SCHEDULER"))
        .ok(
            """
            mutation($input: MaintenanceWindowInput!) { scheduleMaintenanceWindow(input: $input) { id } }""",
            "input",
            Map.of(
                "title",
                maintenanceTitle,
                "message",
                "Switches reboot one by one.",
                "plannedStart",
                "2041-03-12T08:00:00Z",
                "plannedEnd",
                "2041-03-12T10:00:00Z",
                "componentIds",
                List.of(Fixtures.component()),
                "vendorReference",
                canary + " vendor"));
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void aWeekIsProducedAfterItsBoundaryAndNotRewrittenLater() throws IOException {
    clock.set(BOUNDARY.plusSeconds(29 * 60));
    publisher.publishDue();
    assertThat(page()).doesNotExist();

    clock.set(BOUNDARY.plusSeconds(30 * 60));
    WeeklyReportPublication first = publisher.publishDue();
    assertThat(first.outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(first.pages()).contains(slug() + "/" + MEETING_DATE + ".html");
    String published = Files.readString(page());
    assertThat(published)
        .contains(teamName, "Search is slow", "Ceph rebalanced", "1 private incident not shown.")
        .contains("<time datetime=\"2041-03-11T09:00:00Z\">11 Mar 2041, 10:00 UTC+1</time>");
    // Maintenance of the week after, without its private fields (the canary test checks those).
    assertThat(published)
        .contains(maintenanceTitle, "<td>scheduled</td>")
        .contains("<time datetime=\"2041-03-12T08:00:00Z\">12 Mar 2041, 09:00 UTC+1</time>")
        .doesNotContain("None scheduled.");
    assertThat(Files.readString(current().resolve(slug() + "/index.html")))
        .contains(MEETING_DATE + ".html");

    // A late note for the published week: the next runs leave the page as it was.
    note("Late: rack B5 power work", "2041-03-07T12:00:00Z");
    clock.set(BOUNDARY.plusSeconds(3600));
    publisher.publishDue();
    clock.set(BOUNDARY.plusSeconds(86_400));
    assertThat(publisher.publishDue().pages()).noneMatch(p -> p.startsWith(slug() + "/"));
    assertThat(Files.readString(page())).isEqualTo(published);

    // An ADMIN re-renders it on purpose; a VIEWER may not.
    assertThat(
            GraphQl.withToken(token("VIEWER")).error(REPUBLISH, "team", team, "date", MEETING_DATE))
        .containsEntry("code", "FORBIDDEN");
    assertThat(
            GraphQl.admin()
                .ok(REPUBLISH, "team", team, "date", MEETING_DATE)
                .getString("publishWeeklyReport.outcome"))
        .isEqualTo("PUBLISHED");
    assertThat(Files.readString(page())).contains("Late: rack B5 power work");
  }

  @Test
  void aWeekThatHasNotEndedOrIsNotAMeetingCannotBeRepublished() {
    clock.set(BOUNDARY.minusSeconds(60));
    assertThat(GraphQl.admin().error(REPUBLISH, "team", team, "date", MEETING_DATE))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "meetingDate");
    clock.set(BOUNDARY.plusSeconds(86_400));
    assertThat(GraphQl.admin().error(REPUBLISH, "team", team, "date", "2041-03-12"))
        .containsEntry("code", "VALIDATION");
    assertThat(
            GraphQl.admin()
                .error(REPUBLISH, "team", UUID.randomUUID().toString(), "date", MEETING_DATE))
        .containsEntry("code", "NOT_FOUND");
  }

  @Test
  void anotherReplicaProducingMeansNothingIsDoneHere() throws Exception {
    clock.set(BOUNDARY.plusSeconds(3600));
    AdvisoryLocks.whileHeldElsewhere(
        dataSource,
        WeeklyReportPublisher.LOCK_KEY,
        () -> assertThat(publisher.publishDue().outcome()).isEqualTo(Outcome.LOCKED_ELSEWHERE));
    assertThat(page()).doesNotExist();
    assertThat(publisher.publishDue().outcome()).isEqualTo(Outcome.PUBLISHED);
    assertThat(page()).exists();
  }

  @Test
  void privateIncidentsAppearOnlyAsTheirCount() throws IOException {
    clock.set(BOUNDARY.plusSeconds(3600));
    publisher.publishDue();
    assertThat(Files.readString(page()))
        .contains("1 private incident not shown.")
        // The trends count the public SEV2 only: the private one is neither charted nor tabled.
        .contains("1 private incident is not included.")
        .contains("<div><dt>Incidents declared</dt><dd>1 <span class=\"delta\">")
        .containsPattern(
            "<caption>Incidents declared per week, by severity: the numbers</caption>(?s:.*?)"
                + "<td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">0</td>"
                + "<td class=\"num\">0</td></tr>\n</tbody>");
    try (Stream<Path> files = Files.walk(publisher.outputDir())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
            .as(file.toString())
            .doesNotContain(canary);
      }
    }
  }

  @Test
  void reportsAreServedOnlyToViewers() {
    clock.set(BOUNDARY.plusSeconds(3600));
    publisher.publishDue();
    String path = "/reports/" + slug() + "/" + MEETING_DATE + ".html";

    given().get("/reports/").then().statusCode(401).header("WWW-Authenticate", "Bearer");
    given().get(path).then().statusCode(401);
    given().header("Authorization", "Bearer wrong").get(path).then().statusCode(401);
    given().header("Authorization", "Bearer " + token("INGEST")).get(path).then().statusCode(403);

    String viewer = "Bearer " + token("VIEWER");
    given()
        .header("Authorization", viewer)
        .get(path)
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .header("Cache-Control", "private, max-age=60")
        .body(containsString("Search is slow"));
    given()
        .header("Authorization", viewer)
        .get("/reports/")
        .then()
        .statusCode(200)
        .body(containsString("href=\"" + slug() + "/index.html\""));
    given()
        .header("Authorization", viewer)
        .get("/reports/" + new WeeklyReportRenderer().cssPath())
        .then()
        .statusCode(200)
        .body(containsString("@media print"));
    given()
        .header("Authorization", viewer)
        .redirects()
        .follow(false)
        .get("/reports")
        .then()
        .statusCode(301)
        .header("Location", "reports/");
    given().header("Authorization", viewer).get("/reports/../../etc/passwd").then().statusCode(404);
  }

  private String slug() {
    return WeeklyReportViews.slug(teamName, UUID.fromString(team));
  }

  private Path current() {
    return publisher.outputDir().resolve("current");
  }

  private Path page() {
    return current().resolve(slug() + "/" + MEETING_DATE + ".html");
  }

  private void declare(String title, String visibility) {
    ana.api()
        .ok(DECLARE, "input", Map.of("title", title, "severity", "SEV2", "visibility", visibility));
  }

  private void note(String text, String at) {
    ana.api().ok(NOTE, "team", team, "input", Map.of("text", text, "at", at));
  }
}
