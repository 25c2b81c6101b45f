package org.dutyboard.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.member;
import static org.dutyboard.testing.Fixtures.team;
import static org.dutyboard.testing.Fixtures.token;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dutyboard.testing.Fixtures.Member;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WeekNoteApiTest {
  private static final String ADD =
      """
      mutation($team: ID!, $input: WeekNoteInput!) {
        addWeekNote(teamId: $team, input: $input) {
          id teamId at text link important authorName authorPersonId version
        }
      }""";
  private static final String LIST =
      """
      query($team: ID!, $from: DateTime!, $to: DateTime!, $first: Int, $after: String) {
        weekNotes(teamId: $team, from: $from, to: $to, first: $first, after: $after) {
          nodes { id text important }
          pageInfo { hasNextPage endCursor }
        }
      }""";
  private static final String MARK =
      """
      mutation($id: ID!, $important: Boolean!, $version: Int) {
        markWeekNoteImportant(id: $id, important: $important, expectedVersion: $version) {
          important version
        }
      }""";

  private static Map<String, Object> note(String text, String at) {
    Map<String, Object> input = new HashMap<>();
    input.put("text", text);
    input.put("at", at);
    return input;
  }

  private static final String UPDATE =
      """
      mutation($id: ID!, $input: WeekNoteInput!, $version: Int) {
        updateWeekNote(id: $id, input: $input, expectedVersion: $version) { text version }
      }""";
  private static final String DELETE =
      "mutation($id: ID!, $version: Int) { deleteWeekNote(id: $id, expectedVersion: $version) }";

  private static List<String> textsOfTheWeek(String team) {
    return GraphQl.withToken(token("VIEWER"))
        .ok(LIST, "team", team, "from", "2026-03-03T10:00:00Z", "to", "2026-03-10T10:00:00Z")
        .getList("weekNotes.nodes.text");
  }

  @Test
  void updateWeekNoteReplacesTheTextForTheTeamOnlyAtTheVersionSeen() {
    String team = team();
    Member ana = member(team, "ana");
    Member outsider = member(team(), "out");
    String id =
        ana.api()
            .ok(ADD, "team", team, "input", note("Ceph rebalanced", "2026-03-04T09:00:00Z"))
            .getString("addWeekNote.id");

    assertThat(
            ana.api()
                .ok(
                    UPDATE,
                    "id",
                    id,
                    "input",
                    note("Ceph rebalanced twice", "2026-03-04T09:00:00Z"),
                    "version",
                    0)
                .getInt("updateWeekNote.version"))
        .isEqualTo(1);
    assertThat(
            ana.api()
                .error(
                    UPDATE, "id", id, "input", note("stale", "2026-03-04T09:00:00Z"), "version", 0))
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "expectedVersion");
    assertThat(
            ana.api()
                .error(UPDATE, "id", id, "input", note(" ", "2026-03-04T09:00:00Z"), "version", 1))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "text");
    assertThat(
            outsider
                .api()
                .error(
                    UPDATE,
                    "id",
                    id,
                    "input",
                    note("not my team", "2026-03-04T09:00:00Z"),
                    "version",
                    1))
        .containsEntry("code", "FORBIDDEN");
    assertThat(textsOfTheWeek(team)).containsExactly("Ceph rebalanced twice");
  }

  @Test
  void deleteWeekNoteRemovesItFromTheWeekOnlyAtTheVersionSeen() {
    String team = team();
    Member ana = member(team, "ana");
    Member outsider = member(team(), "out");
    String id =
        ana.api()
            .ok(ADD, "team", team, "input", note("Wrong week", "2026-03-04T09:00:00Z"))
            .getString("addWeekNote.id");
    ana.api().ok(MARK, "id", id, "important", true, "version", 0);

    assertThat(ana.api().error(DELETE, "id", id, "version", 0)).containsEntry("code", "CONFLICT");
    assertThat(outsider.api().error(DELETE, "id", id, "version", 1))
        .containsEntry("code", "FORBIDDEN");
    assertThat(textsOfTheWeek(team)).containsExactly("Wrong week");

    assertThat(ana.api().ok(DELETE, "id", id, "version", 1).getBoolean("deleteWeekNote")).isTrue();
    assertThat(textsOfTheWeek(team)).isEmpty();
    assertThat(ana.api().error(DELETE, "id", id, "version", null))
        .containsEntry("code", "NOT_FOUND");
  }

  @Test
  void aTeamMemberAddsANoteWithLinkAndIsRecordedAsAuthor() {
    String team = team();
    Member ana = member(team, "ana");
    Map<String, Object> input = note("Upgraded the cloudvirt fleet", "2026-03-03T12:00:00Z");
    input.put("link", "https://phabricator.example.org/T1234");
    Map<String, Object> added =
        ana.api().ok(ADD, "team", team, "input", input).getMap("addWeekNote");
    assertThat(added)
        .containsEntry("teamId", team)
        .containsEntry("text", "Upgraded the cloudvirt fleet")
        .containsEntry("link", "https://phabricator.example.org/T1234")
        .containsEntry("important", false)
        .containsEntry("authorPersonId", ana.id())
        .containsEntry("at", "2026-03-03T12:00:00Z");
    assertThat((String) added.get("authorName")).startsWith("Person ana");
  }

  @Test
  void markingImportantIsVersionedAndShowsInTheWeekRange() {
    String team = team();
    Member ana = member(team, "ana");
    String id =
        ana.api()
            .ok(ADD, "team", team, "input", note("Ceph rebalanced", "2026-03-04T09:00:00Z"))
            .getString("addWeekNote.id");
    ana.api().ok(ADD, "team", team, "input", note("Next week's note", "2026-03-10T10:00:00Z"));

    Map<String, Object> marked =
        ana.api()
            .ok(MARK, "id", id, "important", true, "version", 0)
            .getMap("markWeekNoteImportant");
    assertThat(marked).containsEntry("important", true).containsEntry("version", 1);
    assertThat(ana.api().error(MARK, "id", id, "important", false, "version", 0))
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "expectedVersion");

    List<Map<String, Object>> week =
        GraphQl.withToken(token("VIEWER"))
            .ok(LIST, "team", team, "from", "2026-03-03T10:00:00Z", "to", "2026-03-10T10:00:00Z")
            .getList("weekNotes.nodes");
    assertThat(week).singleElement().satisfies(n -> assertThat(n).containsEntry("important", true));
  }

  @Test
  void notesPageThroughTheRangeInOrder() {
    String team = team();
    Member ana = member(team, "ana");
    for (int day = 1; day <= 5; day++) {
      ana.api()
          .ok(ADD, "team", team, "input", note("note " + day, "2026-04-0" + day + "T08:00:00Z"));
    }
    var first =
        GraphQl.admin()
            .ok(
                LIST,
                "team",
                team,
                "from",
                "2026-04-01T00:00:00Z",
                "to",
                "2026-05-01T00:00:00Z",
                "first",
                3)
            .getMap("weekNotes");
    String cursor =
        GraphQl.admin()
            .ok(
                LIST,
                "team",
                team,
                "from",
                "2026-04-01T00:00:00Z",
                "to",
                "2026-05-01T00:00:00Z",
                "first",
                3)
            .getString("weekNotes.pageInfo.endCursor");
    List<String> rest =
        GraphQl.admin()
            .ok(
                LIST,
                "team",
                team,
                "from",
                "2026-04-01T00:00:00Z",
                "to",
                "2026-05-01T00:00:00Z",
                "first",
                3,
                "after",
                cursor)
            .getList("weekNotes.nodes.text");
    assertThat(first.toString()).contains("note 1", "note 2", "note 3").doesNotContain("note 4");
    assertThat(rest).containsExactly("note 4", "note 5");
  }

  @Test
  void onlyTheTeamWritesItsNotes() {
    String team = team();
    Member outsider = member(team(), "eve");
    assertThat(outsider.api().error(ADD, "team", team, "input", note("hi", null)))
        .containsEntry("code", "FORBIDDEN");
    assertThat(
            GraphQl.withToken(token("VIEWER")).error(ADD, "team", team, "input", note("x", null)))
        .containsEntry("code", "FORBIDDEN");
    assertThat(GraphQl.anonymous().error(ADD, "team", team, "input", note("x", null)))
        .containsEntry("code", "UNAUTHENTICATED");
  }

  @Test
  void badNotesAreRejectedNamingTheField() {
    String team = team();
    Member ana = member(team, "ana");
    Map<String, Object> badLink = note("see link", null);
    badLink.put("link", "javascript:alert(1)");
    assertThat(ana.api().error(ADD, "team", team, "input", badLink))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "link");
    assertThat(ana.api().error(ADD, "team", team, "input", note("   ", null)))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "text");
    assertThat(ana.api().error(ADD, "team", "not-an-id", "input", note("x", null)))
        .containsEntry("field", "teamId");
    assertThat(
            GraphQl.admin()
                .ok(
                    LIST,
                    "team",
                    team,
                    "from",
                    "2000-01-01T00:00:00Z",
                    "to",
                    "2100-01-01T00:00:00Z")
                .getList("weekNotes.nodes"))
        .isEmpty();
  }
}
