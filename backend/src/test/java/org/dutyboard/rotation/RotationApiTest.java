package org.dutyboard.rotation;

import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.people;
import static org.dutyboard.testing.Fixtures.rotation;
import static org.dutyboard.testing.Fixtures.rotationInput;
import static org.dutyboard.testing.Fixtures.setRoster;
import static org.dutyboard.testing.Fixtures.team;
import static org.dutyboard.testing.Inputs.aWeeklyRotation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RotationApiTest {
  private static final String ON_CALL =
      """
      query($at: DateTime, $team: ID) {
        onCall(at: $at, teamId: $team) {
          rotation { name } role person { id handle } source shiftStart shiftEnd
        }
      }""";

  private static final String SCHEDULE =
      """
      query($id: ID!, $from: DateTime!, $to: DateTime!) {
        schedule(rotationId: $id, from: $from, to: $to) {
          index start end assignments { role person { id } source }
        }
      }""";

  @Test
  void tuesdayRotationAnswersWhoIsOnCallWithPrimarySecondaryAndTertiary() {
    String team = team();
    List<String> crew = people(4);
    String rotation = rotation(rotationInput(team));
    setRoster(rotation, crew);

    // 2026-01-01 is a Thursday: the first shift starts Tuesday 2026-01-06 10:00 PST (18:00Z).
    JsonPath data =
        GraphQl.withToken(GraphQl.ADMIN_TOKEN)
            .ok(ON_CALL, "at", "2026-01-14T12:00:00Z", "team", team);
    assertThat(data.getList("onCall.role")).containsExactly("primary", "secondary", "tertiary");
    // Shift 1 (Jan 13 - Jan 20): primary is roster[1], secondary roster[2], tertiary roster[3].
    assertThat(data.getList("onCall.person.id"))
        .containsExactly(crew.get(1), crew.get(2), crew.get(3));
    assertThat(data.getString("onCall[0].shiftStart")).isEqualTo("2026-01-13T18:00:00Z");
    assertThat(data.getString("onCall[0].shiftEnd")).isEqualTo("2026-01-20T18:00:00Z");
    assertThat(data.getList("onCall.source")).containsOnly("ROTATION");
  }

  @Test
  void beforeTheFirstHandoffNobodyIsOnCall() {
    String team = team();
    String rotation = rotation(rotationInput(team));
    setRoster(rotation, people(3));
    JsonPath data = GraphQl.admin().ok(ON_CALL, "at", "2026-01-06T17:59:59Z", "team", team);
    assertThat(data.getList("onCall")).isEmpty();
  }

  @Test
  void scheduleKeepsTheHandoffAtTenLocalAcrossTheSpringDstChange() {
    String team = team();
    String rotation = aWeeklyRotation(team).handingOffOn(SUNDAY).in("Europe/Berlin").create();
    List<String> crew = people(3);
    setRoster(rotation, crew);

    JsonPath data =
        GraphQl.admin()
            .ok(
                SCHEDULE,
                "id",
                rotation,
                "from",
                "2026-03-20T00:00:00Z",
                "to",
                "2026-04-10T00:00:00Z");
    // Berlin leaves CET (+01) for CEST (+02) on 2026-03-29: 10:00 local is 09:00Z then 08:00Z.
    assertThat(data.getList("schedule.start"))
        .containsExactly(
            "2026-03-15T09:00:00Z",
            "2026-03-22T09:00:00Z",
            "2026-03-29T08:00:00Z",
            "2026-04-05T08:00:00Z");
    // The secondary of each shift is the primary of the next one.
    List<List<String>> holders = data.getList("schedule.assignments.person.id");
    for (int i = 0; i + 1 < holders.size(); i++) {
      assertThat(holders.get(i + 1).get(0)).isEqualTo(holders.get(i).get(1));
    }
  }

  @Test
  void staleVersionIsAConflictAndChangesNothing() {
    String team = team();
    String rotation = rotation(rotationInput(team));
    List<String> crew = people(4);
    int version = setRoster(rotation, crew.subList(0, 3));

    setRosterAt(rotation, crew.subList(1, 4), version);
    Map<String, Object> error =
        GraphQl.admin()
            .error(SET_ROSTER, "id", rotation, "people", crew.subList(0, 3), "version", version);
    assertThat(error).containsEntry("code", "CONFLICT").containsEntry("field", "expectedVersion");
    JsonPath data =
        GraphQl.admin()
            .ok("query($id: ID!) { rotation(id: $id) { roster { id } } }", "id", rotation);
    assertThat(data.getList("rotation.roster.id")).containsExactlyElementsOf(crew.subList(1, 4));
  }

  @Test
  void concurrentRosterEditsNeverLoseOneSilently() throws Exception {
    String team = team();
    String rotation = rotation(rotationInput(team));
    List<String> crew = people(6);
    int version = setRoster(rotation, crew.subList(0, 3));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Callable<Map<String, Object>>> edits = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      List<String> roster = crew.subList(i % 3, i % 3 + 3);
      edits.add(
          () ->
              GraphQl.admin()
                  .execute(SET_ROSTER, "id", rotation, "people", roster, "version", version)
                  .getMap("$"));
    }
    int succeeded = 0;
    int conflicts = 0;
    for (Future<Map<String, Object>> result : pool.invokeAll(edits)) {
      Map<String, Object> response = result.get();
      if (response.get("errors") == null) {
        succeeded++;
      } else {
        assertThat(response.get("errors").toString()).contains("CONFLICT");
        conflicts++;
      }
    }
    pool.shutdown();
    assertThat(succeeded).isEqualTo(1);
    assertThat(conflicts).isEqualTo(3);
  }

  @Test
  void rotationsArePagedWithCursors() {
    String team = team();
    for (int i = 0; i < 3; i++) {
      rotation(rotationInput(team));
    }
    String query =
        """
        query($team: ID, $after: String) {
          rotations(teamId: $team, first: 2, after: $after) {
            nodes { id name } pageInfo { hasNextPage endCursor }
          }
        }""";
    JsonPath first = GraphQl.admin().ok(query, "team", team);
    assertThat(first.getList("rotations.nodes")).hasSize(2);
    assertThat(first.getBoolean("rotations.pageInfo.hasNextPage")).isTrue();
    JsonPath second =
        GraphQl.admin()
            .ok(query, "team", team, "after", first.getString("rotations.pageInfo.endCursor"));
    assertThat(second.getList("rotations.nodes")).hasSize(1);
    assertThat(second.getBoolean("rotations.pageInfo.hasNextPage")).isFalse();
    List<String> names = new ArrayList<>(first.getList("rotations.nodes.name"));
    names.addAll(second.getList("rotations.nodes.name"));
    assertThat(names).isSorted().doesNotHaveDuplicates();
  }

  static final String SET_ROSTER =
      """
      mutation($id: ID!, $people: [ID!]!, $version: Int) {
        setRoster(id: $id, input: {personIds: $people}, expectedVersion: $version) { version }
      }""";

  private static void setRosterAt(String rotation, List<String> people, int version) {
    GraphQl.admin().ok(SET_ROSTER, "id", rotation, "people", people, "version", version);
  }
}
