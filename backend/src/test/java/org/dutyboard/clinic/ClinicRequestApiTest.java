package org.dutyboard.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.member;
import static org.dutyboard.testing.Fixtures.team;
import static org.dutyboard.testing.Fixtures.token;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.Fixtures.Member;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request lifecycle over HTTP, with real people and tokens acting for them. */
@QuarkusTest
@SuppressWarnings("unchecked")
class ClinicRequestApiTest {
  private static final String FIELDS =
      "id state needsApproval reviewReasons version closedBy"
          + " approvals { approverId approverName comment }"
          + " quotaChanges { resource current requested }";
  private static final String CREATE =
      "mutation($team: ID!, $input: ClinicRequestInput!) {"
          + " createClinicRequest(teamId: $team, input: $input) { "
          + FIELDS
          + " } }";
  private static final String APPROVE =
      "mutation($id: ID!, $comment: String) { approveClinicRequest(id: $id, comment: $comment) { "
          + FIELDS
          + " } }";
  private static final String GRANT =
      "mutation($id: ID!) { grantClinicRequest(id: $id, note: \"done\") { " + FIELDS + " } }";
  private static final String MEETING =
      "mutation($id: ID!, $approved: Boolean!) {"
          + " recordMeetingDecision(id: $id, approved: $approved, note: \"weekly meeting\") { "
          + FIELDS
          + " } }";
  private static final String UPDATE =
      "mutation($id: ID!, $input: ClinicRequestInput!, $version: Int) {"
          + " updateClinicRequest(id: $id, input: $input, expectedVersion: $version) { "
          + FIELDS
          + " } }";

  private String team;
  private Member requester;
  private Member ana;
  private Member ben;

  @BeforeEach
  void aTeamWithARequesterAndTwoClinicians() {
    team = team();
    requester = member(team, "req");
    ana = member(team, "ana");
    ben = member(team, "ben");
  }

  private Map<String, Object> quotaRequest(String resource, int current, int requested) {
    Map<String, Object> input = new HashMap<>();
    input.put("kind", "QUOTA_INCREASE");
    input.put("title", "More " + resource + " for project tools");
    input.put("requester", "some-phab-user");
    input.put("requesterId", requester.id());
    input.put("ticketUrl", "https://phabricator.example.org/T4242");
    input.put(
        "quotaChanges",
        List.of(Map.of("resource", resource, "current", current, "requested", requested)));
    return input;
  }

  private Map<String, Object> create(Member who, Map<String, Object> input) {
    return who.api().ok(CREATE, "team", team, "input", input).getMap("createClinicRequest");
  }

  @Test
  void aQuotaRequestNeedsAnotherPersonsApprovalBeforeItIsGranted() {
    Map<String, Object> request = create(ana, quotaRequest("CORES", 8, 16));
    String id = (String) request.get("id");
    assertThat(request).containsEntry("state", "OPEN").containsEntry("needsApproval", true);

    assertThat(requester.api().error(APPROVE, "id", id))
        .containsEntry("code", "CONFLICT")
        .extractingByKey("message")
        .asString()
        .contains("the requester cannot approve their own request");
    assertThat(ana.api().error(GRANT, "id", id)).containsEntry("code", "CONFLICT");

    Map<String, Object> approved =
        ana.api().ok(APPROVE, "id", id, "comment", "LGTM on T4242").getMap("approveClinicRequest");
    assertThat(approved).containsEntry("state", "APPROVED");
    assertThat(approved.get("approvals").toString()).contains(ana.id(), "LGTM on T4242");

    // The approver cannot grant on her own approval; someone else can.
    assertThat(ana.api().error(GRANT, "id", id))
        .extractingByKey("message")
        .asString()
        .contains("someone other than the requester and the person granting it");
    Map<String, Object> granted = ben.api().ok(GRANT, "id", id).getMap("grantClinicRequest");
    assertThat(granted).containsEntry("state", "GRANTED");
    assertThat((String) granted.get("closedBy")).startsWith("Person ben");
    assertThat(ben.api().error(GRANT, "id", id)).containsEntry("code", "CONFLICT");
  }

  @Test
  void moreThanDoubleGoesToTheMeetingWhichThenStandsInForTheApproval() {
    assertThat(create(ana, quotaRequest("RAM_GB", 32, 64))).containsEntry("state", "OPEN");
    Map<String, Object> request = create(ana, quotaRequest("RAM_GB", 32, 65));
    String id = (String) request.get("id");
    assertThat(request).containsEntry("state", "NEEDS_MEETING_REVIEW");
    assertThat((List<Object>) request.get("reviewReasons"))
        .containsExactly("ram_gb from 32 to 65 is more than double the quota");
    assertThat(ben.api().error(APPROVE, "id", id)).containsEntry("code", "CONFLICT");
    assertThat(ben.api().error(GRANT, "id", id)).containsEntry("code", "CONFLICT");

    assertThat(ana.api().ok(MEETING, "id", id, "approved", true).getMap("recordMeetingDecision"))
        .containsEntry("state", "APPROVED");
    assertThat(ana.api().ok(GRANT, "id", id).getMap("grantClinicRequest"))
        .containsEntry("state", "GRANTED");
  }

  @Test
  void storageAbove300GbAndFloatingIpsGoToTheMeetingAndCanBeDeclinedThere() {
    assertThat(create(ana, quotaRequest("STORAGE_GB", 1000, 1300))).containsEntry("state", "OPEN");
    assertThat(create(ana, quotaRequest("STORAGE_GB", 1000, 1301)))
        .containsEntry("state", "NEEDS_MEETING_REVIEW");
    Map<String, Object> input = quotaRequest("CORES", 1, 1);
    input.put("kind", "FLOATING_IP");
    input.remove("quotaChanges");
    String id = (String) create(ana, input).get("id");
    assertThat(ana.api().ok(MEETING, "id", id, "approved", false).getMap("recordMeetingDecision"))
        .containsEntry("state", "DECLINED");
  }

  @Test
  void anUnsureFlagSendsAnyRequestToTheMeetingAndChangingValuesWithdrawsApprovals() {
    Map<String, Object> input = quotaRequest("CORES", 8, 10);
    Map<String, Object> request = create(ana, input);
    String id = (String) request.get("id");
    int version =
        (Integer) ben.api().ok(APPROVE, "id", id).getMap("approveClinicRequest").get("version");

    input.put("title", "Typo fixed");
    Map<String, Object> retitled =
        ana.api()
            .ok(UPDATE, "id", id, "input", input, "version", version)
            .getMap("updateClinicRequest");
    assertThat(retitled).containsEntry("state", "APPROVED");
    assertThat((List<?>) retitled.get("approvals")).hasSize(1);

    input.put("unsure", true);
    Map<String, Object> unsure =
        ana.api().ok(UPDATE, "id", id, "input", input).getMap("updateClinicRequest");
    assertThat(unsure).containsEntry("state", "NEEDS_MEETING_REVIEW");
    assertThat((List<?>) unsure.get("approvals")).isEmpty();
    assertThat((List<Object>) unsure.get("reviewReasons"))
        .containsExactly("the clinician is unsure about it");
    assertThat(ana.api().error(UPDATE, "id", id, "input", input, "version", version))
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "expectedVersion");
  }

  @Test
  void requestsWithoutApprovalRuleAreGrantedDirectly() {
    Map<String, Object> input = new HashMap<>();
    input.put("kind", "MAIL_ALIAS");
    input.put("title", "noc@ alias");
    input.put("requester", "someone");
    String id = (String) create(ana, input).get("id");
    assertThat(ana.api().ok(GRANT, "id", id).getMap("grantClinicRequest"))
        .containsEntry("state", "GRANTED")
        .containsEntry("needsApproval", false);
  }

  @Test
  void approvalsArePersonalAndStayWithinTheTeam() {
    String id = (String) create(ana, quotaRequest("CORES", 8, 10)).get("id");
    assertThat(GraphQl.withToken(token("RESPONDER")).error(APPROVE, "id", id))
        .containsEntry("code", "FORBIDDEN");
    assertThat(member(team(), "eve").api().error(APPROVE, "id", id))
        .containsEntry("code", "FORBIDDEN");
    String viewerAna = Fixtures.personToken(ana.id(), "VIEWER");
    assertThat(GraphQl.withToken(viewerAna).error(APPROVE, "id", id))
        .containsEntry("code", "FORBIDDEN");
    assertThat(
            GraphQl.withToken(viewerAna)
                .ok("query($id: ID!) { clinicRequest(id: $id) { state } }", "id", id)
                .getString("clinicRequest.state"))
        .isEqualTo("OPEN");
  }

  @Test
  void badRequestsAreRejectedNamingTheFieldAndNothingIsWritten() {
    Map<String, Object> badLink = quotaRequest("CORES", 8, 10);
    badLink.put("ticketUrl", "T4242");
    assertThat(ana.api().error(CREATE, "team", team, "input", badLink))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "ticketUrl");
    Map<String, Object> negative = quotaRequest("CORES", -1, 10);
    assertThat(ana.api().error(CREATE, "team", team, "input", negative))
        .containsEntry("field", "quotaChanges");
    Map<String, Object> twice = quotaRequest("CORES", 1, 2);
    twice.put(
        "quotaChanges",
        List.of(
            Map.of("resource", "CORES", "current", 1, "requested", 2),
            Map.of("resource", "CORES", "current", 1, "requested", 3)));
    assertThat(ana.api().error(CREATE, "team", team, "input", twice))
        .containsEntry("field", "quotaChanges");
    assertThat(
            GraphQl.admin()
                .ok(
                    "query($team: ID) { clinicRequests(teamId: $team) { nodes { id } } }",
                    "team",
                    team)
                .getList("clinicRequests.nodes"))
        .isEmpty();
  }
}
