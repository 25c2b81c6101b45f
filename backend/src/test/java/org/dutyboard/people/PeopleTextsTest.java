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
}
