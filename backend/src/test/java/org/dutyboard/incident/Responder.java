package org.dutyboard.incident;

import java.util.HashMap;
import java.util.Map;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;

/** A person with a token, who works incidents through the API like a dashboard would. */
public record Responder(String personId, String token) {
  public static final String DECLARE =
      """
      mutation($input: DeclareIncidentInput!) {
        declareIncident(input: $input) {
          id reference status severity visibility version declaredAt acknowledgedAt
          coordinator { handle } warnings { code }
        }
      }""";

  public static final String TRANSITION =
      """
      mutation($id: ID!, $status: IncidentStatus!, $at: DateTime, $v: Int) {
        transitionIncident(id: $id, input: {status: $status, at: $at}, expectedVersion: $v) {
          status version mitigatedAt resolvedAt closedAt
        }
      }""";

  public static final String ASSIGN =
      """
      mutation($id: ID!, $role: IncidentRole!, $person: ID!, $at: DateTime) {
        assignIncidentRole(incidentId: $id, input: {role: $role, personId: $person, at: $at}) {
          version coordinator { id }
        }
      }""";

  public static final String LOG =
      """
      mutation($id: ID!, $input: TimelineEntryInput!) {
        appendTimelineEntry(incidentId: $id, input: $input) { id kind author occurredAt }
      }""";

  public static Responder with(String... roles) {
    String person = Fixtures.person("resp");
    return new Responder(person, Fixtures.personToken(person, roles));
  }

  public static Responder responder() {
    return with("RESPONDER");
  }

  public GraphQl api() {
    return GraphQl.withToken(token);
  }

  public static Map<String, Object> declaration(String title, String severity) {
    Map<String, Object> input = new HashMap<>();
    input.put("title", title);
    input.put("severity", severity);
    return input;
  }

  /** Declares an incident and returns its id. */
  public String declare(String severity, String visibility) {
    Map<String, Object> input = declaration(Fixtures.unique("incident"), severity);
    input.put("visibility", visibility);
    return api().ok(DECLARE, "input", input).getString("declareIncident.id");
  }

  public void move(String incidentId, String status) {
    api().ok(TRANSITION, "id", incidentId, "status", status);
  }

  public void assign(String incidentId, String role, String personId) {
    api().ok(ASSIGN, "id", incidentId, "role", role, "person", personId);
  }

  public String log(String incidentId, String kind, String text) {
    return api()
        .ok(LOG, "id", incidentId, "input", Map.of("kind", kind, "text", text))
        .getString("appendTimelineEntry.id");
  }
}
