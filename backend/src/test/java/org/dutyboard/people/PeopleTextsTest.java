package org.dutyboard.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

/** Person and team names get the same text checks as every other field: they reach calendars. */
@QuarkusTest
class PeopleTextsTest {
  private static final String CREATE_PERSON =
      """
      mutation($input: PersonInput!) { createPerson(input: $input) { id name } }""";
  private static final String CREATE_TEAM =
      """
      mutation($input: TeamInput!) { createTeam(input: $input) { id name } }""";

  private static Map<String, Object> person(String name) {
    return Map.of("name", name, "handle", Fixtures.unique("p"), "timeZone", "UTC");
  }

  @Test
  void formulaNamesBidiOverridesAndLineBreaksAreRefused() {
    Map<String, String> refused =
        Map.of(
            "=HYPERLINK(\"http://evil.example\",\"Ines\")", "must not start with =",
            "@SUM(A1)", "must not start with @",
            "Tomas\u202EkE", "unsupported character U+202E",
            "Ines\nMarsh", "must be a single line");
    refused.forEach(
        (name, message) -> {
          Map<String, Object> error =
              GraphQl.withToken(Fixtures.token("SCHEDULER"))
                  .error(CREATE_PERSON, "input", person(name));
          assertThat(error).containsEntry("code", "VALIDATION").containsEntry("field", "name");
          assertThat(error.get("message").toString()).contains(message);
          Map<String, Object> teamError =
              GraphQl.withToken(Fixtures.token("SCHEDULER"))
                  .error(CREATE_TEAM, "input", Map.of("name", name));
          assertThat(teamError).containsEntry("code", "VALIDATION").containsEntry("field", "name");
        });
    assertThat(
            GraphQl.withToken(Fixtures.token("SCHEDULER"))
                .ok(CREATE_PERSON, "input", person("  Ines Marsh-Ek "))
                .getString("createPerson.name"))
        .isEqualTo("Ines Marsh-Ek");
  }

  /**
   * A rename is the path by which a name reaches every calendar feed the person is on: control and
   * bidi characters are refused there too, handle and e-mail get the same checks, nothing changes.
   */
  @Test
  void renamesWithControlOrBidiCharactersAreRefusedAndChangeNothing() {
    GraphQl scheduler = GraphQl.withToken(Fixtures.token("SCHEDULER"));
    Map<String, Object> valid = person("Ines Marsh");
    String id = scheduler.ok(CREATE_PERSON, "input", valid).getString("createPerson.id");
    String update =
        """
        mutation($id: ID!, $input: PersonInput!) {
          updatePerson(id: $id, input: $input) { id name }
        }""";
    Map<String, String> refused =
        Map.of(
            "name", "Ines\u0007Marsh",
            "handle", "ines\u2066",
            "email", "ines\u202E@example.org");
    refused.forEach(
        (field, value) -> {
          Map<String, Object> input = new java.util.HashMap<>(valid);
          input.put(field, value);
          Map<String, Object> error = scheduler.error(update, "id", id, "input", input);
          assertThat(error).containsEntry("code", "VALIDATION").containsEntry("field", field);
        });
    assertThat(
            scheduler
                .ok("query($id: ID!) { person(id: $id) { name } }", "id", id)
                .getString("person.name"))
        .isEqualTo("Ines Marsh");
  }
}
