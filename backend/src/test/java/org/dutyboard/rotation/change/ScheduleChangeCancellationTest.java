package org.dutyboard.rotation.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.people;
import static org.dutyboard.testing.Fixtures.person;
import static org.dutyboard.testing.Fixtures.personToken;
import static org.dutyboard.testing.Fixtures.rotation;
import static org.dutyboard.testing.Fixtures.rotationInput;
import static org.dutyboard.testing.Fixtures.rotationVersion;
import static org.dutyboard.testing.Fixtures.setRoster;
import static org.dutyboard.testing.Fixtures.team;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.MutableClock;
import org.dutyboard.testing.StaleVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Taking back overrides and skips, and declining trades: the schedule returns to the rotation, a
 * stale version changes nothing. "Now" is 2026-02-01; shift 4 starts 2026-02-03T18:00Z, shift 6
 * 2026-02-17T18:00Z.
 */
@QuarkusTest
class ScheduleChangeCancellationTest {
  static final String CANCEL_OVERRIDE =
      """
      mutation($id: ID!, $version: Int) {
        cancelOverride(id: $id, reason: "dentist moved", expectedVersion: $version) { cancelledAt }
      }""";
  static final String CANCEL_SKIP =
      """
      mutation($id: ID!, $v: Int) {
        cancelSkip(id: $id, reason: "clinic is on after all", expectedVersion: $v) { cancelledAt }
      }""";
  static final String UNDO =
      """
      mutation($id: ID!, $v: Int) {
        undoTrade(id: $id, reason: "event cancelled", expectedVersion: $v) { status }
      }""";
  static final String DECLINE =
      """
      mutation($id: ID!, $version: Int) {
        declineTrade(id: $id, expectedVersion: $version) { status version }
      }""";
  static final String PRIMARY_AT =
      """
      query($id: ID!, $at: DateTime!, $to: DateTime!) {
        schedule(rotationId: $id, from: $at, to: $to) {
          index skipped assignments { role person { id } source start end }
        }
      }""";

  @Inject MutableClock clock;

  String rotation;
  List<String> crew;

  @BeforeEach
  void aRotationOnFebruaryFirst() {
    clock.set(Instant.parse("2026-02-01T00:00:00Z"));
    rotation = rotation(rotationInput(team()));
    crew = people(4);
    setRoster(rotation, crew);
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void cancelledOverrideGivesTheShiftBackToTheRotation() {
    String standIn = person("standin");
    String override =
        GraphQl.admin()
            .ok(
                ScheduleChangesTest.OVERRIDE,
                "id",
                rotation,
                "role",
                "primary",
                "kind",
                "REPLACE",
                "person",
                standIn,
                "from",
                "2026-02-20T00:00:00Z",
                "to",
                "2026-02-21T00:00:00Z")
            .getString("addOverride.id");
    assertThat(primarySourceAt("2026-02-20T12:00:00Z")).isEqualTo("OVERRIDE");
    int version = rotationVersion(rotation);

    assertThat(GraphQl.admin().error(CANCEL_OVERRIDE, "id", override, "version", version - 1))
        .containsEntry("code", "CONFLICT");
    assertThat(primarySourceAt("2026-02-20T12:00:00Z"))
        .as("a stale cancel changes nothing")
        .isEqualTo("OVERRIDE");
    assertThat(
            GraphQl.withToken(personToken(standIn, "RESPONDER"))
                .error(CANCEL_OVERRIDE, "id", override, "version", version))
        .containsEntry("code", "FORBIDDEN");

    assertThat(
            GraphQl.admin()
                .ok(CANCEL_OVERRIDE, "id", override, "version", version)
                .getString("cancelOverride.cancelledAt"))
        .isEqualTo("2026-02-01T00:00:00Z");
    assertThat(primarySourceAt("2026-02-20T12:00:00Z")).isEqualTo("ROTATION");
    assertThat(history()).contains("OVERRIDE_CANCELLED");
  }

  @Test
  void cancelledSkipPutsTheWeekBackOnDuty() {
    String skip =
        GraphQl.admin()
            .ok(
                ScheduleChangesTest.SKIP,
                "id",
                rotation,
                "from",
                "2026-02-17T00:00:00Z",
                "to",
                "2026-02-18T00:00:00Z")
            .getString("skipShifts.id");
    assertThat(skippedAt("2026-02-17T18:00:00Z")).isTrue();

    StaleVersion.refusedThenApplied(
        GraphQl.admin(),
        () -> skippedAt("2026-02-17T18:00:00Z"),
        rotationVersion(rotation),
        CANCEL_SKIP,
        "id",
        skip);
    assertThat(skippedAt("2026-02-17T18:00:00Z")).isFalse();
    assertThat(history()).contains("SKIP_CANCELLED");
  }

  @Test
  void declinedTradeLeavesBothShiftsAndCannotBeDecidedAgain() {
    String requester = primaryAt("2026-02-11T12:00:00Z");
    String counterpart = primaryAt("2026-02-18T12:00:00Z");
    String tradeId = proposeSwap(requester, counterpart);
    GraphQl counterpartApi = GraphQl.withToken(personToken(counterpart, "RESPONDER"));
    assertThat(
            GraphQl.withToken(personToken(requester, "RESPONDER"))
                .error(DECLINE, "id", tradeId, "version", null))
        .as("only the counterpart or a scheduler decides")
        .containsEntry("code", "FORBIDDEN");

    assertThat(
            counterpartApi
                .ok(DECLINE, "id", tradeId, "version", null)
                .getString("declineTrade.status"))
        .isEqualTo("DECLINED");
    assertThat(primaryAt("2026-02-11T12:00:00Z")).isEqualTo(requester);
    assertThat(primaryAt("2026-02-18T12:00:00Z")).isEqualTo(counterpart);
    assertThat(
            counterpartApi.error(
                "mutation($id: ID!) { acceptTrade(id: $id) { status } }", "id", tradeId))
        .as("a declined trade cannot be accepted later")
        .containsEntry("code", "CONFLICT");
    assertThat(history()).contains("TRADE_DECLINED").doesNotContain("TRADE_ACCEPTED");
  }

  @Test
  void declineWithAStaleTradeVersionChangesNothing() {
    String tradeId =
        proposeSwap(primaryAt("2026-02-11T12:00:00Z"), primaryAt("2026-02-18T12:00:00Z"));
    assertThat(GraphQl.admin().error(DECLINE, "id", tradeId, "version", 99))
        .containsEntry("code", "CONFLICT");
    assertThat(history()).doesNotContain("TRADE_DECLINED");
  }

  @Test
  void undoWithAStaleTradeVersionKeepsTheSwap() {
    String requester = primaryAt("2026-02-11T12:00:00Z");
    String counterpart = primaryAt("2026-02-18T12:00:00Z");
    String tradeId = proposeSwap(requester, counterpart);
    int accepted =
        GraphQl.admin()
            .ok("mutation($id: ID!) { acceptTrade(id: $id) { version } }", "id", tradeId)
            .getInt("acceptTrade.version");
    assertThat(primaryAt("2026-02-11T12:00:00Z")).isEqualTo(counterpart);

    StaleVersion.refusedThenApplied(
        GraphQl.withToken(personToken(requester, "RESPONDER")),
        () -> primaryAt("2026-02-11T12:00:00Z"),
        accepted,
        UNDO,
        "id",
        tradeId);
    assertThat(primaryAt("2026-02-11T12:00:00Z")).isEqualTo(requester);
    assertThat(history()).containsOnlyOnce("TRADE_UNDONE");
  }

  /** The primary of shift 5 proposes to swap it for the counterpart's shift 6; the trade's id. */
  private String proposeSwap(String requester, String counterpart) {
    return GraphQl.admin()
        .ok(
            ScheduleChangesTest.PROPOSE,
            "id",
            rotation,
            "a",
            5,
            "req",
            requester,
            "cp",
            counterpart,
            "b",
            6)
        .getString("proposeTrade.id");
  }

  private Map<String, Object> primaryAssignment(String at) {
    List<Map<String, Object>> assignments =
        GraphQl.admin()
            .ok(
                PRIMARY_AT,
                "id",
                rotation,
                "at",
                at,
                "to",
                Instant.parse(at).plusSeconds(1).toString())
            .getList("schedule[0].assignments");
    return assignments.stream()
        .filter(a -> a.get("role").equals("primary"))
        .filter(
            a ->
                !Instant.parse((String) a.get("start")).isAfter(Instant.parse(at))
                    && Instant.parse((String) a.get("end")).isAfter(Instant.parse(at)))
        .findFirst()
        .orElseThrow();
  }

  private String primaryAt(String at) {
    return (String) ((Map<?, ?>) primaryAssignment(at).get("person")).get("id");
  }

  private String primarySourceAt(String at) {
    return (String) primaryAssignment(at).get("source");
  }

  private boolean skippedAt(String shiftStart) {
    return GraphQl.admin()
        .ok(
            PRIMARY_AT,
            "id",
            rotation,
            "at",
            shiftStart,
            "to",
            Instant.parse(shiftStart).plusSeconds(1).toString())
        .getBoolean("schedule[0].skipped");
  }

  private List<String> history() {
    return GraphQl.admin()
        .ok(
            "query($id: ID!) { scheduleHistory(rotationId: $id) { nodes { kind } } }",
            "id",
            rotation)
        .getList("scheduleHistory.nodes.kind");
  }
}
