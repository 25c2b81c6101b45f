package org.dutyboard.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.dutyboard.site.fixtures.RenderedSite;
import org.dutyboard.site.fixtures.SampleSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarAndBadgeTest {

  @TempDir static Path dir;
  static RenderedSite site;

  @BeforeAll
  static void render() {
    site = RenderedSite.render(SampleSnapshot.snapshot(), dir.resolve("site"));
  }

  @Test
  void maintenanceCalendarHasStableUidsAndUtcTimes() throws Exception {
    Calendar calendar;
    try (InputStream in = new FileInputStream(site.file("maintenance.ics").toFile())) {
      calendar = new CalendarBuilder().build(in);
    }
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events)
        .extracting(e -> e.getUid().orElseThrow().getValue())
        .containsExactly(
            "maintenance-m-upcoming@status.example.org", "maintenance-m-done@status.example.org");
    VEvent upcoming = events.get(0);
    assertThat(upcoming.getSummary().orElseThrow().getValue()).isEqualTo("Database upgrade");
    assertThat(site.read("maintenance.ics"))
        .contains("DTSTART:20240403T200000Z", "DTEND:20240403T220000Z", "STATUS:TENTATIVE");
    Instant start = Instant.from(upcoming.getDateTimeStart().orElseThrow().getDate());
    assertThat(start).isEqualTo(Instant.parse("2024-04-03T20:00:00Z"));
  }

  @Test
  void badgeNamesTheOverallStatusInText() {
    assertThat(site.read("badge.svg"))
        .startsWith("<?xml")
        .contains("aria-label=\"status: Partial outage\"", "<title>status: Partial outage</title>");
  }
}
