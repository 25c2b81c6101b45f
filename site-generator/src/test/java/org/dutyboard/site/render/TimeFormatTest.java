package org.dutyboard.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimeFormatTest {

  @Test
  void offsetsAreSpelledOutWithoutZoneNames() {
    assertThat(TimeFormat.offset(ZoneOffset.UTC)).isEqualTo("UTC");
    assertThat(TimeFormat.offset(ZoneOffset.ofHours(2))).isEqualTo("UTC+2");
    assertThat(TimeFormat.offset(ZoneOffset.ofHoursMinutes(-3, -30))).isEqualTo("UTC-3:30");
    assertThat(TimeFormat.offset(ZoneOffset.ofHoursMinutes(10, 30))).isEqualTo("UTC+10:30");
  }

  @Test
  void localTimeFollowsDaylightSavingTime() {
    TimeFormat berlin = new TimeFormat(ZoneId.of("Europe/Berlin"));
    assertThat(berlin.display(Instant.parse("2024-03-31T00:30:00Z")))
        .isEqualTo("31 Mar 2024, 01:30 UTC+1");
    assertThat(berlin.display(Instant.parse("2024-03-31T01:30:00Z")))
        .isEqualTo("31 Mar 2024, 03:30 UTC+2");
  }

  /** Regression: zone abbreviations came back as "CEST" or "GMT+02:00" under concurrent use. */
  @Test
  void concurrentFormattingAgrees() {
    TimeFormat berlin = new TimeFormat(ZoneId.of("Europe/Berlin"));
    Set<String> seen = ConcurrentHashMap.newKeySet();
    IntStream.range(0, 2_000)
        .parallel()
        .forEach(i -> seen.add(berlin.display(Instant.parse("2024-03-31T09:00:00Z"))));
    assertThat(seen).containsExactly("31 Mar 2024, 11:00 UTC+2");
  }

  @Test
  void zonesAreNamedAsPeopleDo() {
    assertThat(TimeFormat.zoneName(java.time.ZoneId.of("Z"))).isEqualTo("UTC");
    assertThat(TimeFormat.zoneName(ZoneOffset.UTC)).isEqualTo("UTC");
    assertThat(TimeFormat.zoneName(java.time.ZoneId.of("Etc/UTC"))).isEqualTo("UTC");
    assertThat(TimeFormat.zoneName(java.time.ZoneId.of("GMT"))).isEqualTo("UTC");
    assertThat(TimeFormat.zoneName(java.time.ZoneId.of("Europe/Berlin")))
        .isEqualTo("Europe/Berlin");
    assertThat(TimeFormat.zoneName(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("UTC+5:30");
  }
}
