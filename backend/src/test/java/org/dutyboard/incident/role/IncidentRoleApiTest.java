package org.dutyboard.incident.role;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dutyboard.incident.Responder;
import org.dutyboard.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Handing over incident roles, and asking who held which role when ("who was IC at 14:05"). */
@QuarkusTest
class IncidentRoleApiTest {
  private static final String RELEASE =
      """
      mutation($id: ID!, $role: IncidentRole!, $person: ID!, $at: DateTime, $v: Int) {
        releaseIncidentRole(
          incidentId: $id, input: {role: $role, personId: $person, at: $at}, expectedVersion: $v
        ) { version }
      }""";
  private static final String HOLDERS =
      """
      query($id: ID!, $at: DateTime) {
        incidentRoleHolders(incidentId: $id, at: $at) {
          role person { id } assumedAt handedOverAt
        }
      }""";
  private static final String VERSION = "query($id: ID!) { incident(id: $id) { version } }";

  @Inject MutableClock clock;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void releasedRolesEndAtTheHandoverAndHoldersAnswerForAnyInstant() {
    clock.set(Instant.parse("2026-03-01T14:00:00Z"));
    Responder ic = Responder.responder();
    Responder helper = Responder.responder();
    String id = ic.declare("SEV2", "PUBLIC");
    clock.set(Instant.parse("2026-03-01T14:10:00Z"));
    ic.api()
        .ok(
            Responder.ASSIGN,
            "id",
            id,
            "role",
            "RESPONDER",
            "person",
            helper.personId(),
            "at",
            "2026-03-01T14:05:00Z");
    clock.set(Instant.parse("2026-03-01T14:30:00Z"));
    int version = ic.api().ok(VERSION, "id", id).getInt("incident.version");

    assertThat(
            ic.api()
                .error(
                    RELEASE,
                    "id",
                    id,
                    "role",
                    "RESPONDER",
                    "person",
                    helper.personId(),
                    "at",
                    "2026-03-01T14:20:00Z",
                    "v",
                    version - 1))
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "expectedVersion");
    assertThat(
            ic.api()
                .error(
                    RELEASE,
                    "id",
                    id,
                    "role",
                    "RESPONDER",
                    "person",
                    helper.personId(),
                    "at",
                    "2026-03-01T15:00:00Z",
                    "v",
                    version))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "at");
    assertThat(responders(ic, id, null)).as("refused releases change nothing").hasSize(1);

    int released =
        ic.api()
            .ok(
                RELEASE,
                "id",
                id,
                "role",
                "RESPONDER",
                "person",
                helper.personId(),
                "at",
                "2026-03-01T14:20:00Z",
                "v",
                version)
            .getInt("releaseIncidentRole.version");
    assertThat(released).isGreaterThan(version);

    assertThat(responders(ic, id, null)).as("nobody holds it now").isEmpty();
    assertThat(responders(ic, id, "2026-03-01T14:25:00Z")).isEmpty();
    assertThat(responders(ic, id, "2026-03-01T14:04:00Z")).as("not yet assumed").isEmpty();
    assertThat(responders(ic, id, "2026-03-01T14:15:00Z"))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h)
                  .containsEntry("assumedAt", "2026-03-01T14:05:00Z")
                  .containsEntry("handedOverAt", "2026-03-01T14:20:00Z");
              assertThat(h.get("person")).isEqualTo(Map.of("id", helper.personId()));
            });
    assertThat(
            ic.api()
                .error(
                    RELEASE,
                    "id",
                    id,
                    "role",
                    "RESPONDER",
                    "person",
                    helper.personId(),
                    "at",
                    null,
                    "v",
                    null))
        .as("they no longer hold it")
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "personId");
  }

  @Test
  void onlyRespondersWhoSeeTheIncidentReleaseRoles() {
    Responder ic = Responder.responder();
    String id = ic.declare("SEV3", "PRIVATE");
    assertThat(
            Responder.with("VIEWER")
                .api()
                .error(
                    RELEASE,
                    "id",
                    id,
                    "role",
                    "COORDINATOR",
                    "person",
                    ic.personId(),
                    "at",
                    null,
                    "v",
                    null))
        .containsEntry("code", "FORBIDDEN");
    assertThat(Responder.responder().api().error(HOLDERS, "id", id, "at", null))
        .as("a private incident is invisible to responders not on it")
        .containsEntry("code", "NOT_FOUND");
  }

  private static List<Map<String, Object>> responders(Responder reader, String id, String at) {
    List<Map<String, Object>> holders =
        reader.api().ok(HOLDERS, "id", id, "at", at).getList("incidentRoleHolders");
    return holders.stream().filter(h -> h.get("role").equals("RESPONDER")).toList();
  }
}
