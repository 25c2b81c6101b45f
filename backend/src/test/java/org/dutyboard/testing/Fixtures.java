package org.dutyboard.testing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds teams, people and rotations through the public API, with unique names per call. */
public final class Fixtures {
  private Fixtures() {}

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static String team() {
    return GraphQl.admin()
        .ok(
            """
            mutation($input: TeamInput!) { createTeam(input: $input) { id } }""",
            "input",
            Map.of("name", unique("team")))
        .getString("createTeam.id");
  }

  public static String person(String handlePrefix) {
    return GraphQl.admin()
        .ok(
            """
            mutation($input: PersonInput!) { createPerson(input: $input) { id } }""",
            "input",
            Inputs.aPerson("Person " + handlePrefix, unique(handlePrefix)))
        .getString("createPerson.id");
  }

  public static List<String> people(int count) {
    return java.util.stream.IntStream.range(0, count).mapToObj(i -> person("p" + i)).toList();
  }

  /**
   * A rotation input map (see {@link Inputs#aWeeklyRotation}); tests change what they care about.
   */
  public static Map<String, Object> rotationInput(String teamId) {
    return Inputs.aWeeklyRotation(teamId).build();
  }

  public static String rotation(Map<String, Object> input) {
    return GraphQl.admin()
        .ok(
            """
            mutation($input: RotationInput!) { createRotation(input: $input) { id } }""",
            "input",
            input)
        .getString("createRotation.id");
  }

  public static int setRoster(String rotationId, List<String> personIds) {
    return GraphQl.admin()
        .ok(
            """
            mutation($id: ID!, $people: [ID!]!) {
              setRoster(id: $id, input: {personIds: $people}) { version }
            }""",
            "id",
            rotationId,
            "people",
            personIds)
        .getInt("setRoster.version");
  }

  /** The rotation's current version, as a dashboard passes it back as {@code expectedVersion}. */
  public static int rotationVersion(String rotationId) {
    return GraphQl.admin()
        .ok("query($id: ID!) { rotation(id: $id) { version } }", "id", rotationId)
        .getInt("rotation.version");
  }

  /** Issues an API token with the given roles and returns its secret. */
  public static String token(String... roles) {
    return GraphQl.admin()
        .ok(
            """
            mutation($name: String!, $roles: [Role!]!) {
              createApiToken(name: $name, roles: $roles) { secret }
            }""",
            "name",
            unique("token"),
            "roles",
            List.of(roles))
        .getString("createApiToken.secret");
  }

  /**
   * Issues an API token acting for a person (so the caller is that human) with the given roles
   * (VIEWER when none are given) and returns its secret.
   */
  public static String personToken(String personId, String... roles) {
    return GraphQl.admin()
        .ok(
            """
            mutation($name: String!, $roles: [Role!]!, $person: ID) {
              createApiToken(name: $name, roles: $roles, personId: $person) { secret }
            }""",
            "name",
            unique("person-token"),
            "roles",
            roles.length == 0 ? List.of("VIEWER") : List.of(roles),
            "person",
            personId)
        .getString("createApiToken.secret");
  }

  /** Declares an incident (as a new responder) with the given visibility and returns its id. */
  public static String incident(String visibility) {
    String responder = person("resp");
    return declare(
        GraphQl.withToken(personToken(responder, "RESPONDER")),
        Inputs.anIncident("SEV3").visible(visibility));
  }

  /** The responder declares the incident and gets its id. */
  public static String declare(GraphQl responder, Inputs.Declaration declaration) {
    return responder
        .ok(
            """
            mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }""",
            "input",
            declaration.build())
        .getString("declareIncident.id");
  }

  /**
   * The responder posts a status update (unique message) that gives one component the impact
   * ({@code DEGRADED_PERFORMANCE}, ...), and gets the instant it was posted.
   */
  public static java.time.Instant postStatusUpdate(
      GraphQl responder, String incidentId, String status, String componentId, String impact) {
    String posted =
        responder
            .ok(
                """
                mutation($id: ID!, $input: StatusUpdateInput!) {
                  postStatusUpdate(incidentId: $id, input: $input) { postedAt }
                }""",
                "id",
                incidentId,
                "input",
                Map.of(
                    "status",
                    status,
                    "message",
                    unique("Update"),
                    "components",
                    List.of(Map.of("componentId", componentId, "status", impact))))
            .getString("postStatusUpdate.postedAt");
    return java.time.Instant.parse(posted);
  }

  /** Adds a status-page component and returns its id. */
  public static String component() {
    return GraphQl.admin()
        .ok(
            """
            mutation($input: ComponentInput!) { createComponent(input: $input) { id } }""",
            "input",
            Map.of("name", unique("component"), "group", "Sites"))
        .getString("createComponent.id");
  }

  public static void addMember(String teamId, String personId) {
    GraphQl.admin()
        .ok(
            """
            mutation($team: ID!, $person: ID!) {
              addTeamMember(teamId: $team, personId: $person) { id }
            }""",
            "team",
            teamId,
            "person",
            personId);
  }

  /** A person on the team with a RESPONDER token acting for them; returns {id, token}. */
  public static Member member(String teamId, String handlePrefix) {
    String id = person(handlePrefix);
    addMember(teamId, id);
    return new Member(id, personToken(id, "RESPONDER"));
  }

  /**
   * Delivers one firing alert like Alertmanager's webhook (version 4), routed to {@code rotationId}
   * by its {@code dutyboard_rotation} label, with an INGEST token.
   */
  public static void page(String ingestToken, String rotationId, String alert, String startsAt) {
    String body =
        """
        {"receiver":"dutyboard","status":"firing","alerts":[{"status":"firing",
        "labels":{"alertname":"%1$s","dutyboard_rotation":"%2$s"},"annotations":{},
        "startsAt":"%3$s","endsAt":"0001-01-01T00:00:00Z","generatorURL":"",
        "fingerprint":"%4$s"}],"groupLabels":{},"commonLabels":{},"commonAnnotations":{},
        "externalURL":"http://am","version":"4","groupKey":"{}","truncatedAlerts":0}"""
            .formatted(alert, rotationId, startsAt, unique("fp"));
    io.restassured.RestAssured.given()
        .contentType("application/json")
        .header("Authorization", "Bearer " + ingestToken)
        .body(body)
        .post("/webhooks/alertmanager")
        .then()
        .statusCode(200);
  }

  /** A team member and the secret of a token acting for them. */
  public record Member(String id, String token) {
    public GraphQl api() {
      return GraphQl.withToken(token);
    }
  }
}
