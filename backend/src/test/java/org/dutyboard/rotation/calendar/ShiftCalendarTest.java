package org.dutyboard.rotation.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.dutyboard.testing.Warnings;
import org.junit.jupiter.api.Test;

/** The feed document itself: valid RFC 5545 and nothing logged per fetch. */
class ShiftCalendarTest {

  @Test
  void aFeedIsAPlainCalendarWithoutMethodAndLogsNoWarning() {
    String[] ics = new String[1];
    List<String> warnings =
        Warnings.during(
            "",
            () ->
                ics[0] =
                    ShiftCalendar.render(
                        "Clinic duty",
                        Instant.parse("2026-03-01T10:00:00Z"),
                        List.of(
                            new ShiftCalendar.Event(
                                "a@dutyboard",
                                "Clinic: clinician (Ines Marsh)",
                                "On duty.",
                                Instant.parse("2026-03-02T09:00:00Z"),
                                Instant.parse("2026-03-09T09:00:00Z")))));
    // METHOD:PUBLISH would make it an iTIP message that needs an ORGANIZER (RFC 5546 3.2.1).
    assertThat(ics[0])
        .doesNotContain("METHOD:")
        .contains("BEGIN:VEVENT")
        .contains("UID:a@dutyboard");
    assertThat(warnings).isEmpty();
  }
}
