package org.dutyboard.delivery.dutyline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.dutyboard.delivery.dutyline.DutyLine.Holder;
import org.junit.jupiter.api.Test;

class DutyLineTest {
  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z"); // a Tuesday

  @Test
  void theFirstRoleLeadsAndTheOthersFollowInOrder() {
    Instant until = Instant.parse("2026-12-01T10:00:00Z");
    assertThat(
            DutyLine.of(
                "Clinic duty",
                ZoneOffset.UTC,
                List.of(
                    new Holder("clinician", "Ada Brightwater", until),
                    new Holder("backup", "Bram Okafor", until)),
                NOW))
        .isEqualTo("Clinic duty: Ada Brightwater (backup: Bram Okafor) until Tue 10:00 UTC");
  }

  @Test
  void timesAreInTheRotationsZoneWithItsOffsetThatDay() {
    Instant until = Instant.parse("2026-12-03T09:00:00Z");
    assertThat(
            DutyLine.of(
                "On-call",
                ZoneId.of("Europe/Berlin"),
                List.of(
                    new Holder("primary", "Ana", until),
                    new Holder("secondary", "Bo", until),
                    new Holder("tertiary", "Cy", until)),
                NOW))
        .isEqualTo("On-call: Ana (secondary: Bo, tertiary: Cy) until Thu 10:00 UTC+1");
    // Over DST: Lord Howe's half-hour shift is spelled out too.
    assertThat(
            DutyLine.time(
                Instant.parse("2026-12-02T00:00:00Z"), ZoneId.of("Australia/Lord_Howe"), NOW))
        .isEqualTo("Wed 11:00 UTC+11");
    assertThat(
            DutyLine.time(
                Instant.parse("2026-06-02T00:00:00Z"),
                ZoneId.of("Australia/Lord_Howe"),
                Instant.parse("2026-06-01T00:00:00Z")))
        .isEqualTo("Tue 10:30 UTC+10:30");
  }

  @Test
  void aHandoverAWeekOrMoreAwayCarriesItsDate() {
    assertThat(DutyLine.time(Instant.parse("2026-12-15T10:00:00Z"), ZoneOffset.UTC, NOW))
        .isEqualTo("Tue 15 Dec 10:00 UTC");
  }

  @Test
  void aRotationWithoutShiftNowSaysSo() {
    assertThat(DutyLine.of("Clinic duty", ZoneOffset.UTC, List.of(), NOW))
        .isEqualTo("Clinic duty: nobody on duty");
  }
}
