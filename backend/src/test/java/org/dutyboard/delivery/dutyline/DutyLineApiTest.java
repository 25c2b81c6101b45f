package org.dutyboard.delivery.dutyline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.summary.WeeklyReportViews;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /duty/<team>.txt|.json} over HTTP, computed from a real rotation. */
@QuarkusTest
class DutyLineApiTest {
  private static final Instant NOW = Instant.parse("2041-03-05T08:00:00Z"); // Tuesday
  private static final String ON_CALL =
      """
      query($team: ID!) { onCall(teamId: $team) { role person { name } until } }""";

  @Inject MutableClock clock;

  private String team;
  private String slug;

  @BeforeEach
  void aTeamWithAClinicRotation() {
    clock.set(NOW);
    team = Fixtures.team();
    String name =
        GraphQl.admin()
            .ok("query($id: ID!) { team(id: $id) { name } }", "id", team)
            .getString("team.name");
    slug = WeeklyReportViews.slug(name, UUID.fromString(team));
    Map<String, Object> input = new HashMap<>(Fixtures.rotationInput(team));
    input.put("name", "Clinic duty");
    input.put("timeZone", "UTC");
    input.put("startsOn", "2026-01-06");
    input.put("roles", List.of(Map.of("name", "clinician"), Map.of("name", "backup")));
    String rotation = Fixtures.rotation(input);
    Fixtures.setRoster(rotation, List.of(person("Ada Brightwater"), person("Bram Okafor")));
    // A second rotation without roster: nobody on duty.
    Map<String, Object> empty = new HashMap<>(Fixtures.rotationInput(team));
    empty.put("name", "Network on-call");
    Fixtures.rotation(empty);
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void aViewerReadsWhoIsOnDutyAsTextAndJson() {
    JsonPath onCall = GraphQl.withToken(token("VIEWER")).ok(ON_CALL, "team", team);
    assertThat(onCall.getList("onCall.role")).containsExactly("clinician", "backup");
    String clinician = onCall.getString("onCall[0].person.name");
    String backup = onCall.getString("onCall[1].person.name");
    assertThat(List.of(clinician, backup))
        .containsExactlyInAnyOrder("Ada Brightwater", "Bram Okafor");
    String viewer = "Bearer " + token("VIEWER");

    String text =
        given()
            .header("Authorization", viewer)
            .get("/duty/" + slug + ".txt")
            .then()
            .statusCode(200)
            .contentType("text/plain;charset=UTF-8")
            .header("Cache-Control", "private, max-age=60")
            .extract()
            .asString();
    assertThat(text)
        .isEqualTo(
            "Clinic duty: "
                + clinician
                + " (backup: "
                + backup
                + ") until Tue 10:00 UTC\nNetwork on-call: nobody on duty\n");

    given()
        .header("Authorization", viewer)
        .get("/duty/" + slug + ".json")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .header("Cache-Control", "private, max-age=60")
        .body("at", equalTo("2041-03-05T08:00:00Z"))
        .body("rotations[0].rotation", equalTo("Clinic duty"))
        .body("rotations[0].line", equalTo(text.lines().findFirst().orElseThrow()))
        .body("rotations[0].holders[0].role", equalTo("clinician"))
        .body("rotations[0].holders[0].person", equalTo(clinician))
        .body("rotations[0].holders[0].until", equalTo(onCall.getString("onCall[0].until")))
        .body("rotations[1].holders.size()", equalTo(0));
  }

  @Test
  void aPrivateTeamAndAMissingOneLookTheSameWithoutAToken() {
    String missing = "no-such-team-" + UUID.randomUUID().toString().substring(0, 8);
    for (String path :
        List.of("/duty/" + slug + ".txt", "/duty/" + missing + ".txt", "/duty/" + slug + ".json")) {
      given().get(path).then().statusCode(401).header("WWW-Authenticate", "Bearer");
      given().header("Authorization", "Bearer wrong").get(path).then().statusCode(401);
    }
    given()
        .header("Authorization", "Bearer " + token("INGEST"))
        .get("/duty/" + slug + ".txt")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", "Bearer " + token("VIEWER"))
        .get("/duty/" + missing + ".txt")
        .then()
        .statusCode(404);
  }

  @Test
  void aPublicTeamIsReadableByAnyoneAndSchedulersDecide() {
    Map<String, Object> input = new HashMap<>();
    input.put("recipients", List.of());
    input.put("dutyLinePublic", true);
    String set =
        """
        mutation($team: ID!, $input: TeamDeliveryInput!) {
          setTeamDelivery(teamId: $team, input: $input) { dutyLinePublic dutyLineUrl }
        }""";
    assertThat(GraphQl.withToken(token("RESPONDER")).error(set, "team", team, "input", input))
        .containsEntry("code", "FORBIDDEN");
    given().get("/duty/" + slug + ".txt").then().statusCode(401);

    JsonPath result = GraphQl.withToken(token("SCHEDULER")).ok(set, "team", team, "input", input);
    assertThat(result.getString("setTeamDelivery.dutyLineUrl"))
        .isEqualTo("http://localhost:8080/duty/" + slug + ".txt");
    given()
        .get("/duty/" + slug + ".txt")
        .then()
        .statusCode(200)
        .header("Cache-Control", "public, max-age=60")
        .header("Vary", "Authorization")
        .body(startsWith("Clinic duty: "));
    given()
        .get("/duty/" + slug + ".json")
        .then()
        .statusCode(200)
        .body("rotations.size()", equalTo(2));
  }

  private static String person(String name) {
    return GraphQl.admin()
        .ok(
            """
            mutation($input: PersonInput!) { createPerson(input: $input) { id } }""",
            "input",
            Map.of("name", name, "handle", Fixtures.unique("p"), "timeZone", "Europe/Berlin"))
        .getString("createPerson.id");
  }
}
