package org.dutyboard.clinic.alertpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.token;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.Fixtures.Member;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page linked to a private incident: those who may not see the incident see only that a hidden
 * link exists, never its id, and cannot change the link.
 */
@QuarkusTest
class AlertPageIncidentLinkPrivacyTest {
  private static final String PAGES =
      """
      query($team: ID!) {
        alertPages(teamId: $team) { nodes { id version incidentId hiddenIncidentLinks } }
      }""";
  private static final String PAGE =
      """
      query($id: ID!) { alertPage(id: $id) { incidentId hiddenIncidentLinks } }""";
  private static final String LINK =
      """
      mutation($id: ID!, $incident: ID) {
        linkAlertPageToIncident(id: $id, incidentId: $incident) { incidentId hiddenIncidentLinks }
      }""";

  private String team;
  private Member declarer;
  private String secret;
  private String pageId;

  @BeforeEach
  void aPageLinkedToAPrivateIncidentByItsDeclarer() {
    team = Fixtures.team();
    String rotation = Fixtures.rotation(Fixtures.rotationInput(team));
    Fixtures.setRoster(rotation, Fixtures.people(3));
    Fixtures.page(token("INGEST"), rotation, "DiskFull", "2026-11-24T10:00:00Z");
    pageId = GraphQl.admin().ok(PAGES, "team", team).getString("alertPages.nodes[0].id");
    declarer = Fixtures.member(team, "decl");
    secret =
        declarer
            .api()
            .ok(
                """
                mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }""",
                "input",
                Map.of("title", "Key leak", "severity", "SEV2", "visibility", "PRIVATE"))
            .getString("declareIncident.id");
    assertThat(
            declarer
                .api()
                .ok(LINK, "id", pageId, "incident", secret)
                .getMap("linkAlertPageToIncident"))
        .containsEntry("incidentId", secret)
        .containsEntry("hiddenIncidentLinks", 0);
  }

  @Test
  void viewersAndOutsidersSeeOnlyThatAHiddenLinkExists() {
    for (GraphQl outsider :
        new GraphQl[] {
          GraphQl.withToken(token("VIEWER")),
          Fixtures.member(team, "outsider").api(),
          GraphQl.withToken(Fixtures.personToken(Fixtures.person("viewer"), "VIEWER"))
        }) {
      assertThat(outsider.ok(PAGES, "team", team).getMap("alertPages.nodes[0]"))
          .containsEntry("incidentId", null)
          .containsEntry("hiddenIncidentLinks", 1);
      assertThat(outsider.ok(PAGE, "id", pageId).getMap("alertPage"))
          .containsEntry("incidentId", null)
          .containsEntry("hiddenIncidentLinks", 1);
      assertThat(outsider.execute(PAGES, "team", team).prettify()).doesNotContain(secret);
    }
    assertThat(GraphQl.withToken(token("SECURITY")).ok(PAGE, "id", pageId).getMap("alertPage"))
        .containsEntry("incidentId", secret)
        .containsEntry("hiddenIncidentLinks", 0);
  }

  @Test
  void onlyThoseWhoSeeTheIncidentChangeTheLink() {
    GraphQl outsider = Fixtures.member(team, "outsider").api();
    String other = Fixtures.incident("PUBLIC");
    assertThat(outsider.error(LINK, "id", pageId, "incident", null))
        .as("unlinking a hidden incident")
        .containsEntry("code", "FORBIDDEN");
    assertThat(outsider.error(LINK, "id", pageId, "incident", other))
        .as("re-pointing a hidden link")
        .containsEntry("code", "FORBIDDEN");
    assertThat(GraphQl.withToken(token("RESPONDER")).error(LINK, "id", pageId, "incident", null))
        .containsEntry("code", "FORBIDDEN");
    assertThat(declarer.api().ok(PAGE, "id", pageId).getString("alertPage.incidentId"))
        .as("the link is unchanged")
        .isEqualTo(secret);

    assertThat(
            declarer
                .api()
                .ok(LINK, "id", pageId, "incident", null)
                .getMap("linkAlertPageToIncident"))
        .containsEntry("incidentId", null)
        .containsEntry("hiddenIncidentLinks", 0);
    assertThat(outsider.ok(LINK, "id", pageId, "incident", other).getMap("linkAlertPageToIncident"))
        .as("an unlinked page is anyone's to link again")
        .containsEntry("incidentId", other);
  }
}
