package org.dutyboard.rotation.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.people;
import static org.dutyboard.testing.Fixtures.rotation;
import static org.dutyboard.testing.Fixtures.rotationInput;
import static org.dutyboard.testing.Fixtures.setRoster;
import static org.dutyboard.testing.Fixtures.team;
import static org.dutyboard.testing.Inputs.aWeeklyRotation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.rotation.change.OverrideKind;
import org.dutyboard.rotation.change.ScheduleOverride;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

/** {@code %test.dutyboard.fairness.holidays} lists 2026-12-25 (a Friday). */
@QuarkusTest
class FairnessApiTest {
  private static final String REPORT =
      """
      query($id: ID!, $from: DateTime!, $to: DateTime!) {
        fairnessReport(rotationId: $id, from: $from, to: $to) {
          from to holidays
          people {
            person { id } shifts hours weekendHours holidayHours
            overridesTaken overridesGiven tradesTaken tradesGiven
          }
        }
      }""";

  @Test
  void reportCountsHoursWeekendsHolidaysAndOverridesPerPerson() {
    List<String> crew = people(3);
    String rotation =
        aWeeklyRotation(team())
            .in("Europe/Berlin")
            .startingOn("2026-12-01")
            .withRoles("primary", "secondary")
            .create();
    setRoster(rotation, crew);
    // Christmas Day (local) goes from crew[0], primary of shift 3, to crew[2].
    override(
        UUID.fromString(rotation),
        "primary",
        UUID.fromString(crew.get(2)),
        "2026-12-24T23:00:00Z",
        "2026-12-25T23:00:00Z");

    // Four Tuesday 10:00 CET shifts: primaries crew 0,1,2,0; secondaries crew 1,2,0,1.
    JsonPath data =
        GraphQl.admin()
            .ok(
                REPORT,
                "id",
                rotation,
                "from",
                "2026-12-01T09:00:00Z",
                "to",
                "2026-12-29T09:00:00Z");
    assertThat(data.getList("fairnessReport.holidays")).containsExactly("2026-12-25");
    assertThat(data.getList("fairnessReport.people.person.id")).containsExactly(crew.toArray());

    Map<String, Object> first = data.getMap("fairnessReport.people[0]");
    assertThat(first)
        .containsEntry("shifts", 4) // shifts 0, 2 and 3 (cut in two by the override)
        .containsEntry("hours", 480.0f)
        .containsEntry("weekendHours", 144.0f)
        .containsEntry("holidayHours", 0.0f)
        .containsEntry("overridesGiven", 1)
        .containsEntry("overridesTaken", 0);
    Map<String, Object> second = data.getMap("fairnessReport.people[1]");
    assertThat(second)
        .containsEntry("shifts", 3)
        .containsEntry("hours", 504.0f)
        .containsEntry("weekendHours", 144.0f)
        .containsEntry("holidayHours", 24.0f);
    Map<String, Object> third = data.getMap("fairnessReport.people[2]");
    assertThat(third)
        .containsEntry("shifts", 3)
        .containsEntry("hours", 360.0f)
        .containsEntry("weekendHours", 96.0f)
        .containsEntry("holidayHours", 24.0f)
        .containsEntry("overridesTaken", 1)
        .containsEntry("tradesTaken", 0)
        .containsEntry("tradesGiven", 0);
  }

  @Test
  void badRangesAndUnknownRotationsAreTypedErrors() {
    String rotation = rotation(rotationInput(team()));
    assertThat(
            GraphQl.admin()
                .error(
                    REPORT,
                    "id",
                    rotation,
                    "from",
                    "2026-02-01T00:00:00Z",
                    "to",
                    "2026-01-01T00:00:00Z"))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "to");
    assertThat(
            GraphQl.admin()
                .error(
                    REPORT,
                    "id",
                    rotation,
                    "from",
                    "2026-01-01T00:00:00Z",
                    "to",
                    "2028-01-01T00:00:00Z"))
        .containsEntry("code", "VALIDATION");
    assertThat(
            GraphQl.admin()
                .error(
                    REPORT,
                    "id",
                    UUID.randomUUID().toString(),
                    "from",
                    "2026-01-01T00:00:00Z",
                    "to",
                    "2026-02-01T00:00:00Z"))
        .containsEntry("code", "NOT_FOUND")
        .containsEntry("field", "rotationId");
    assertThat(
            GraphQl.anonymous()
                .error(
                    REPORT,
                    "id",
                    rotation,
                    "from",
                    "2026-01-01T00:00:00Z",
                    "to",
                    "2026-02-01T00:00:00Z"))
        .containsEntry("code", "UNAUTHENTICATED");
  }

  @Transactional
  void override(UUID rotation, String role, UUID person, String from, String to) {
    ScheduleOverride o = new ScheduleOverride();
    o.id = UUID.randomUUID();
    o.rotationId = rotation;
    o.role = role;
    o.kind = OverrideKind.REPLACE;
    o.personId = person;
    o.startsAt = Instant.parse(from);
    o.endsAt = Instant.parse(to);
    o.reason = "test";
    o.author = "test";
    o.createdAt = Instant.parse("2026-11-01T00:00:00Z");
    o.persist();
  }
}
