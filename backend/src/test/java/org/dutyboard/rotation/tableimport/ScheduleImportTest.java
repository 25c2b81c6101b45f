package org.dutyboard.rotation.tableimport;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.rotation;
import static org.dutyboard.testing.Fixtures.rotationVersion;
import static org.dutyboard.testing.Fixtures.team;
import static org.dutyboard.testing.Inputs.aWeeklyRotation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.StaleVersion;
import org.dutyboard.testing.Warnings;
import org.junit.jupiter.api.Test;

/** Importing a published clinic-duty table (week starting, clinician/backup, team). */
@QuarkusTest
class ScheduleImportTest {
  static final String IMPORT =
      """
      mutation($id: ID!, $csv: String!, $create: Boolean!) {
        importSchedule(rotationId: $id, csv: $csv, createMissingPeople: $create) {
          rows assignments skippedWeeks createdPeople { name handle }
        }
      }""";

  /**
   * Shaped like the seed table: BOM, CRLF, a combined role column, a Team column, a no-duty week.
   */
  static String seedStyleTable(String suffix) {
    return "\uFEFFWeek starting,Clinician/backup,Team\r\n"
        + "2021-01-04,Rosa Quintana"
        + suffix
        + ",SRE-Service Operations\r\n"
        + "2021-01-11,Tomas Ek"
        + suffix
        + ",SRE-Infrastructure Foundations\r\n"
        + "2021-01-18,No clinic duty this week,\r\n"
        + "2021-01-25,\"Ines Marsh"
        + suffix
        + "/Tomas Ek"
        + suffix
        + "\",SRE-Traffic\r\n";
  }

  private static String clinicRotation() {
    return aWeeklyRotation(team())
        .handingOffOn(MONDAY, "09:00")
        .in("UTC")
        .startingOn("2021-01-04")
        .withRoles("clinician", "backup")
        .create();
  }

  private static JsonPath schedule(String rotation) {
    return GraphQl.admin()
        .ok(
            """
            query($id: ID!) {
              schedule(rotationId: $id, from: "2021-01-04T09:00:00Z", to: "2021-02-01T09:00:00Z") {
                start skipped assignments { role person { name } source }
              }
            }""",
            "id",
            rotation);
  }

  @Test
  void importsASeedStyleTableIntoExplicitAssignmentsAndSkippedWeeks() {
    String rotation = clinicRotation();
    String suffix = " " + Fixtures.unique("x");
    JsonPath result =
        GraphQl.admin().ok(IMPORT, "id", rotation, "csv", seedStyleTable(suffix), "create", true);
    assertThat(result.getInt("importSchedule.rows")).isEqualTo(4);
    assertThat(result.getInt("importSchedule.assignments")).isEqualTo(4);
    assertThat(result.getInt("importSchedule.skippedWeeks")).isEqualTo(1);
    assertThat(result.getList("importSchedule.createdPeople.name")).hasSize(3);

    JsonPath data = schedule(rotation);
    assertThat(data.getList("schedule.skipped")).containsExactly(false, false, true, false);
    assertThat(data.getString("schedule[1].assignments[0].person.name"))
        .isEqualTo("Tomas Ek" + suffix);
    assertThat(data.getString("schedule[1].assignments[0].source")).isEqualTo("EXPLICIT");
    assertThat(data.getList("schedule[3].assignments.person.name"))
        .containsExactly("Ines Marsh" + suffix, "Tomas Ek" + suffix);
  }

  @Test
  void aBadRowRejectsTheWholeTableNamingEveryLine() {
    String rotation = clinicRotation();
    String csv =
        "week_start,clinician\n"
            + "2021-01-04,Nobody Known Here\n"
            + "2021-01-05,Nobody Known Here\n"
            + "01/11/2021,Nobody Known Here\n"
            + "2021-01-04,Nobody Known Here\n";
    Map<String, Object> error =
        GraphQl.admin().error(IMPORT, "id", rotation, "csv", csv, "create", false);
    assertThat(error).containsEntry("code", "VALIDATION").containsEntry("field", "csv");
    assertThat(error.get("message").toString())
        .contains("line 2: unknown person 'Nobody Known Here'")
        .contains("line 3: 2021-01-05 is not the start of a shift")
        .contains("line 4: '01/11/2021' is not a date")
        .contains("line 5: week 2021-01-04 overlaps line 2");
    assertThat(schedule(rotation).getList("schedule.assignments.source").toString())
        .doesNotContain("EXPLICIT");
  }

  @Test
  void missingColumnsAreAClearError() {
    Map<String, Object> error =
        GraphQl.admin()
            .error(
                IMPORT,
                "id",
                clinicRotation(),
                "csv",
                "date,person\n2021-01-04,x\n",
                "create",
                true);
    assertThat(error).containsEntry("code", "VALIDATION");
    assertThat(error.get("message").toString()).contains("missing columns");
  }

  @Test
  void aRecordedWeekIsNeverOverwritten() {
    String rotation = clinicRotation();
    String suffix = " " + Fixtures.unique("y");
    GraphQl.admin().ok(IMPORT, "id", rotation, "csv", seedStyleTable(suffix), "create", true);
    Map<String, Object> error =
        GraphQl.admin()
            .error(IMPORT, "id", rotation, "csv", seedStyleTable(suffix), "create", true);
    assertThat(error.get("message").toString())
        .contains("line 2: the week of 2021-01-04 is already recorded");
  }

  @Test
  void aCellNeverHoldsMoreNamesThanItsColumnHasRolesNorNone() {
    String rotation = clinicRotation();
    String suffix = " " + Fixtures.unique("n");
    GraphQl.admin().ok(IMPORT, "id", rotation, "csv", seedStyleTable(suffix), "create", true);
    String csv =
        "week_start,clinician\n"
            + "2021-02-01,Ines Marsh"
            + suffix
            + "/Tomas Ek"
            + suffix
            + "\n"
            + "2021-02-08,\n";
    Map<String, Object> error =
        GraphQl.admin().error(IMPORT, "id", rotation, "csv", csv, "create", false);
    assertThat(error).containsEntry("code", "VALIDATION");
    assertThat(error.get("message").toString())
        .contains("line 2: column 'clinician' names 1 role but the cell holds 2 names")
        .contains("line 3: column 'clinician' names 1 role but the cell holds no name");

    String combined =
        "Week starting,Clinician/backup\n2021-02-01,Ines Marsh"
            + suffix
            + "/Tomas Ek"
            + suffix
            + "/Rosa Quintana"
            + suffix
            + "\n2021-02-08,Ines Marsh"
            + suffix
            + "/\n";
    error = GraphQl.admin().error(IMPORT, "id", rotation, "csv", combined, "create", false);
    assertThat(error.get("message").toString())
        .contains("line 2: column 'Clinician/backup' names 2 roles but the cell holds 3 names")
        .contains("line 3: name must have 1-200 characters");
  }

  @Test
  void aHeaderOnlyTableIsRefused() {
    Map<String, Object> error =
        GraphQl.admin()
            .error(
                IMPORT, "id", clinicRotation(), "csv", "week_start,clinician\r\n", "create", true);
    assertThat(error).containsEntry("code", "VALIDATION");
    assertThat(error.get("message").toString())
        .contains("line 2: the table has a header but no rows");
  }

  @Test
  void badNamesAreValidationErrorsNamingTheLineAndLogNoHibernateWarning() {
    String rotation = clinicRotation();
    String csv =
        "week_start,clinician\n"
            + "2021-01-04,"
            + "x".repeat(201)
            + "\n"
            + "2021-01-11,=SUM(A1:A9)\n"
            + "2021-01-18,Tomas\u202EEk\n";
    List<Map<String, Object>> errors = new ArrayList<>();
    List<String> warnings =
        Warnings.during(
            "org.hibernate",
            () ->
                errors.add(
                    GraphQl.admin().error(IMPORT, "id", rotation, "csv", csv, "create", true)));
    Map<String, Object> error = errors.get(0);
    assertThat(error).containsEntry("code", "VALIDATION").containsEntry("field", "csv");
    assertThat(error.get("message").toString())
        .contains("line 2: name must have 1-200 characters")
        .contains("line 3: name must not start with = (a spreadsheet formula)")
        .contains("line 4: name contains the unsupported character U+202E");
    assertThat(warnings).as("a refused import leaves the session untouched").isEmpty();
  }

  @Test
  void aSkippedWeekIsAlreadyRecorded() {
    String rotation = clinicRotation();
    String suffix = " " + Fixtures.unique("s");
    GraphQl.admin().ok(IMPORT, "id", rotation, "csv", seedStyleTable(suffix), "create", true);
    Map<String, Object> withPerson =
        GraphQl.admin()
            .error(
                IMPORT,
                "id",
                rotation,
                "csv",
                "week_start,clinician\n2021-01-18,Tomas Ek" + suffix + "\n",
                "create",
                false);
    assertThat(withPerson.get("message").toString())
        .contains("line 2: the week of 2021-01-18 is already recorded");
    Map<String, Object> skipAgain =
        GraphQl.admin()
            .error(
                IMPORT,
                "id",
                rotation,
                "csv",
                "week_start,clinician\n2021-01-18,No clinic duty this week\n",
                "create",
                false);
    assertThat(skipAgain.get("message").toString())
        .contains("line 2: the week of 2021-01-18 is already recorded");
    JsonPath data = schedule(rotation);
    assertThat(data.getList("schedule.skipped")).containsExactly(false, false, true, false);
    assertThat(data.getList("schedule[2].assignments")).isEmpty();
  }

  @Test
  void anImportOverAScheduleThatChangedSinceIsAConflict() {
    String rotation = clinicRotation();
    String name = "Rosa " + Fixtures.unique("v");
    String versioned =
        """
        mutation($id: ID!, $csv: String!, $v: Int) {
          importSchedule(rotationId: $id, csv: $csv, createMissingPeople: true,
                         expectedVersion: $v) { assignments }
        }""";
    int seen = rotationVersion(rotation);
    GraphQl.admin()
        .ok(
            versioned,
            "id",
            rotation,
            "csv",
            "week_start,clinician\n2021-01-04," + name,
            "v",
            seen);

    StaleVersion.refusedThenApplied(
        GraphQl.admin(),
        () -> schedule(rotation).getList("schedule.assignments.source"),
        rotationVersion(rotation),
        versioned,
        "id",
        rotation,
        "csv",
        "week_start,clinician\n2021-01-11," + name);
    assertThat(schedule(rotation).getList("schedule[1].assignments.person.name"))
        .containsExactly(name);
  }

  @Test
  void aLongNewNameGetsAShortHandle() {
    String rotation = clinicRotation();
    String name = "Ines " + Fixtures.unique("m") + " " + "Marsh".repeat(30);
    JsonPath result =
        GraphQl.admin()
            .ok(
                IMPORT,
                "id",
                rotation,
                "csv",
                "week_start,clinician\n2021-01-04," + name + "\n",
                "create",
                true);
    assertThat(result.getList("importSchedule.createdPeople.name")).containsExactly(name);
    assertThat(result.getString("importSchedule.createdPeople[0].handle"))
        .hasSizeLessThanOrEqualTo(64);
  }
}
