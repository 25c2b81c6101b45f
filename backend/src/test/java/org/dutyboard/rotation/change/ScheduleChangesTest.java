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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.Inputs;
import org.dutyboard.testing.MutableClock;
import org.dutyboard.testing.StaleVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Overrides, skips, trades and dated roster changes over GraphQL. "Now" is 2026-02-01; the rotation
 * hands off Tuesdays 10:00 Los Angeles (18:00Z): shift 4 starts 2026-02-03T18:00Z.
 */
@QuarkusTest
class ScheduleChangesTest {
  static final String SCHEDULE =
      """
      query($id: ID!, $from: DateTime!, $to: DateTime!) {
        schedule(rotationId: $id, from: $from, to: $to) {
          index start skipped assignments { role person { id } source start end }
        }
      }""";
  static final String OVERRIDE =
      """
      mutation($id: ID!, $role: String!, $kind: OverrideKind!, $person: ID, $from: DateTime!,
               $to: DateTime!) {
        addOverride(rotationId: $id, input: {role: $role, kind: $kind, personId: $person,
                    startsAt: $from, endsAt: $to, reason: "dentist"}) { id }
      }""";
  static final String SKIP =
      """
      mutation($id: ID!, $from: DateTime!, $to: DateTime!) {
        skipShifts(rotationId: $id,
                   input: {startsAt: $from, endsAt: $to, reason: "No clinic duty this week"}) { id }
      }""";
  static final String PROPOSE =
      """
      mutation($id: ID!, $a: Int!, $req: ID!, $cp: ID!, $b: Int) {
        proposeTrade(rotationId: $id, input: {role: "primary", shiftIndex: $a, requesterId: $req,
                     counterpartId: $cp, counterpartShiftIndex: $b, reason: "conference"}) {
          id status
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

  private JsonPath schedule(String from, String to) {
    return GraphQl.admin().ok(SCHEDULE, "id", rotation, "from", from, "to", to);
  }

  private String primaryOf(int shiftIndex) {
    JsonPath data = schedule("2026-01-07T00:00:00Z", "2026-03-30T00:00:00Z");
    List<Map<String, Object>> shifts = data.getList("schedule");
    for (Map<String, Object> shift : shifts) {
      if (((Number) shift.get("index")).intValue() == shiftIndex) {
        List<Map<String, Object>> assignments =
            (List<Map<String, Object>>) shift.get("assignments");
        return assignments.stream()
            .filter(a -> a.get("role").equals("primary"))
            .map(a -> (String) ((Map<?, ?>) a.get("person")).get("id"))
            .findFirst()
            .orElse(null);
      }
    }
    throw new AssertionError("no shift " + shiftIndex);
  }

  @Test
  void replaceOverrideSplitsTheShiftAndOnCallFollowsIt() {
    String stand_in = person("standin");
    GraphQl.admin()
        .ok(
            OVERRIDE,
            "id",
            rotation,
            "role",
            "primary",
            "kind",
            "REPLACE",
            "person",
            stand_in,
            "from",
            "2026-02-04T00:00:00Z",
            "to",
            "2026-02-05T00:00:00Z");
    JsonPath data = schedule("2026-02-04T00:00:00Z", "2026-02-04T01:00:00Z");
    List<Map<String, Object>> primary =
        data.<Map<String, Object>>getList("schedule[0].assignments").stream()
            .filter(a -> a.get("role").equals("primary"))
            .toList();
    assertThat(primary)
        .extracting(a -> a.get("source"))
        .containsExactly("ROTATION", "OVERRIDE", "ROTATION");
    assertThat(primary.get(1))
        .containsEntry("start", "2026-02-04T00:00:00Z")
        .containsEntry("end", "2026-02-05T00:00:00Z");
    JsonPath onCall =
        GraphQl.admin()
            .ok(
                """
                query($at: DateTime) { onCall(at: $at) { rotation { id } role person { id } source until } }""",
                "at",
                "2026-02-04T12:00:00Z");
    List<Map<String, Object>> mine =
        onCall.<Map<String, Object>>getList("onCall").stream()
            .filter(e -> ((Map<?, ?>) e.get("rotation")).get("id").equals(rotation))
            .filter(e -> e.get("role").equals("primary"))
            .toList();
    assertThat(mine).hasSize(1);
    assertThat(((Map<?, ?>) mine.get(0).get("person")).get("id")).isEqualTo(stand_in);
    assertThat(mine.get(0))
        .containsEntry("source", "OVERRIDE")
        .containsEntry("until", "2026-02-05T00:00:00Z");
  }

  @Test
  void cancellingAnOverrideWithAStaleRotationVersionConflictsAndKeepsIt() {
    String override =
        GraphQl.admin()
            .ok(
                OVERRIDE,
                "id",
                rotation,
                "role",
                "primary",
                "kind",
                "REPLACE",
                "person",
                person("standin"),
                "from",
                "2026-02-04T00:00:00Z",
                "to",
                "2026-02-05T00:00:00Z")
            .getString("addOverride.id");
    int version = rotationVersion(rotation);
    String cancel =
        """
        mutation($id: ID!, $v: Int) {
          cancelOverride(id: $id, reason: "plans changed", expectedVersion: $v) { id }
        }""";

    assertThat(GraphQl.admin().error(cancel, "id", override, "v", version - 1))
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "expectedVersion");
    assertThat(
            schedule("2026-02-04T12:00:00Z", "2026-02-04T13:00:00Z")
                .getList("schedule[0].assignments.source"))
        .as("the override still applies")
        .contains("OVERRIDE");
    GraphQl.admin().ok(cancel, "id", override, "v", version);
    assertThat(
            schedule("2026-02-04T12:00:00Z", "2026-02-04T13:00:00Z")
                .getList("schedule[0].assignments.source"))
        .doesNotContain("OVERRIDE");
  }

  @Test
  void skippedWeekPausesTheRotation() {
    String wouldHaveBeen = primaryOf(5);
    GraphQl.admin()
        .ok(SKIP, "id", rotation, "from", "2026-02-10T00:00:00Z", "to", "2026-02-11T00:00:00Z");
    JsonPath data = schedule("2026-02-11T00:00:00Z", "2026-02-12T00:00:00Z");
    assertThat(data.getBoolean("schedule[0].skipped")).isTrue();
    assertThat(data.getList("schedule[0].assignments")).isEmpty();
    assertThat(primaryOf(6)).as("the same person is next after a pause").isEqualTo(wouldHaveBeen);
  }

  @Test
  void badChangesAreRefusedAndChangeNothing() {
    assertThat(
            GraphQl.admin()
                .error(
                    SKIP,
                    "id",
                    rotation,
                    "from",
                    "2026-01-27T00:00:00Z",
                    "to",
                    "2026-02-11T00:00:00Z"))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "startsAt");
    assertThat(
            GraphQl.admin()
                .error(
                    OVERRIDE,
                    "id",
                    rotation,
                    "role",
                    "primary",
                    "kind",
                    "REMOVE",
                    "person",
                    null,
                    "from",
                    "2026-01-20T00:00:00Z",
                    "to",
                    "2026-02-05T00:00:00Z"))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "startsAt");
    assertThat(
            GraphQl.admin()
                .error(
                    OVERRIDE,
                    "id",
                    rotation,
                    "role",
                    "primary",
                    "kind",
                    "REMOVE",
                    "person",
                    null,
                    "from",
                    "2026-02-06T00:00:00Z",
                    "to",
                    "2026-02-05T00:00:00Z"))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "endsAt");
    assertThat(
            GraphQl.admin()
                .error(
                    OVERRIDE,
                    "id",
                    rotation,
                    "role",
                    "janitor",
                    "kind",
                    "REMOVE",
                    "person",
                    null,
                    "from",
                    "2026-02-06T00:00:00Z",
                    "to",
                    "2026-02-07T00:00:00Z"))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "role");
    assertThat(history())
        .extracting(c -> c.get("kind"))
        .containsOnly("ROTATION_CREATED", "ROSTER_CHANGED");
  }

  @Test
  void acceptedTradeSwapsTwoShiftsAndCanBeUndone() {
    String a = primaryOf(5);
    String b = primaryOf(6);
    String tradeId =
        GraphQl.admin()
            .ok(PROPOSE, "id", rotation, "a", 5, "req", a, "cp", b, "b", 6)
            .getString("proposeTrade.id");
    assertThat(primaryOf(5)).as("pending trades change nothing").isEqualTo(a);
    String accept = "mutation($id: ID!) { acceptTrade(id: $id) { status } }";
    assertThat(GraphQl.withToken(personToken(a, "RESPONDER")).error(accept, "id", tradeId))
        .containsEntry("code", "FORBIDDEN");
    assertThat(
            GraphQl.withToken(personToken(b, "RESPONDER"))
                .ok(accept, "id", tradeId)
                .getString("acceptTrade.status"))
        .isEqualTo("ACCEPTED");
    assertThat(primaryOf(5)).isEqualTo(b);
    assertThat(primaryOf(6)).isEqualTo(a);
    GraphQl.withToken(personToken(a, "RESPONDER"))
        .ok(
            "mutation($id: ID!) { undoTrade(id: $id, reason: \"event cancelled\") { status } }",
            "id",
            tradeId);
    assertThat(primaryOf(5)).isEqualTo(a);
    assertThat(history())
        .extracting(c -> c.get("kind"))
        .contains("TRADE_PENDING", "TRADE_ACCEPTED", "TRADE_UNDONE");
  }

  @Test
  void proposingWithAStaleRotationVersionRecordsNoTrade() {
    String propose =
        """
        mutation($id: ID!, $input: ShiftTradeInput!, $v: Int) {
          proposeTrade(rotationId: $id, input: $input, expectedVersion: $v) { status }
        }""";
    StaleVersion.refusedThenApplied(
        GraphQl.admin(),
        () -> history().stream().map(c -> c.get("kind")).toList(),
        rotationVersion(rotation),
        propose,
        "id",
        rotation,
        "input",
        Inputs.aTrade(primaryOf(5), 5, primaryOf(6)).inReturnFor(6).build());
    assertThat(history()).extracting(c -> c.get("kind")).containsOnlyOnce("TRADE_PENDING");
  }

  @Test
  void tradesOfPastShiftsOrWithOutsidersAreRefused() {
    String a = primaryOf(2);
    assertThat(
            GraphQl.admin()
                .error(PROPOSE, "id", rotation, "a", 2, "req", a, "cp", crew.get(3), "b", null))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "shiftIndex");
    String outsider = person("outsider");
    assertThat(
            GraphQl.admin()
                .error(
                    PROPOSE,
                    "id",
                    rotation,
                    "a",
                    5,
                    "req",
                    primaryOf(5),
                    "cp",
                    outsider,
                    "b",
                    null))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "counterpartId");
  }

  @Test
  void rosterChangeAppliesFromTheNextShiftAndNeverRewritesThePast() {
    List<String> before = new ArrayList<>();
    for (int i = 0; i <= 5; i++) {
      before.add(primaryOf(i));
    }
    String newcomer = person("newcomer");
    List<String> next = List.of(crew.get(0), crew.get(1), crew.get(2), newcomer);
    setRoster(rotation, next);
    for (int i = 0; i <= 3; i++) {
      assertThat(primaryOf(i)).as("past shift %d", i).isEqualTo(before.get(i));
    }
    // Shift 4 (the next one) keeps the person who was first at it, if they stayed.
    assertThat(primaryOf(4)).isEqualTo(before.get(4));
    assertThat(primaryOf(7)).isEqualTo(newcomer);
  }

  @Test
  void concurrentOverlappingOverridesNeverBothLand() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Callable<Map<String, Object>>> calls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String who = crew.get(i);
      calls.add(
          () ->
              GraphQl.admin()
                  .execute(
                      OVERRIDE,
                      "id",
                      rotation,
                      "role",
                      "primary",
                      "kind",
                      "REPLACE",
                      "person",
                      who,
                      "from",
                      "2026-02-20T00:00:00Z",
                      "to",
                      "2026-02-21T00:00:00Z")
                  .getMap("$"));
    }
    int landed = 0;
    for (Future<Map<String, Object>> f : pool.invokeAll(calls)) {
      Map<String, Object> response = f.get();
      if (response.get("errors") == null) {
        landed++;
      } else {
        assertThat(response.get("errors").toString()).contains("CONFLICT");
      }
    }
    pool.shutdown();
    assertThat(landed).isEqualTo(1);
    assertThat(history()).filteredOn(c -> c.get("kind").equals("OVERRIDE_ADDED")).hasSize(1);
  }

  private List<Map<String, Object>> history() {
    return GraphQl.admin()
        .ok(
            "query($id: ID!) { scheduleHistory(rotationId: $id) { nodes { kind author reason } } }",
            "id",
            rotation)
        .getList("scheduleHistory.nodes");
  }
}
