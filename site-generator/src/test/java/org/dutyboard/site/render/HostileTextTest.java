package org.dutyboard.site.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.site.fixtures.IncidentBuilder.anIncident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
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
import org.dutyboard.site.model.ComponentStatus;
import org.dutyboard.site.model.IncidentStatus;
import org.dutyboard.site.model.MaintenanceStatus;
import org.dutyboard.site.model.PublicComponent;
import org.dutyboard.site.model.PublicMaintenance;
import org.dutyboard.site.model.SnapshotJson;
import org.dutyboard.site.model.StatusSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text written by people in a hurry, or by an attacker, survives every format unharmed. */
class HostileTextTest {

  static final String SCRIPT = "<script>alert('x')</script>";
  static final String NAME = "\"Quoted\" & 'single' ]]> " + SCRIPT + " 🔥 مرحبا بالعالم";
  static final String BODY =
      "Line one </p><img src=x onerror=alert(1)>\nLine two ]]> 🔥\n\u05E9\u05DC\u05D5\u05DD עולם";
  static final String COMPONENT = "API <b>bold</b> & \"co\"";

  @TempDir static Path dir;
  static RenderedSite site;
  static StatusSnapshot snapshot;

  @BeforeAll
  static void render() {
    Instant t = SampleSnapshot.GENERATED_AT.minusSeconds(3600);
    var component =
        new PublicComponent(
            "api", COMPONENT, BODY, null, 1, false, ComponentStatus.MAJOR_OUTAGE, t, t);
    var incident =
        anIncident("evil")
            .named(NAME)
            .affecting("api")
            .update(
                "2024-03-31T11:00:00Z",
                IncidentStatus.INVESTIGATING,
                BODY,
                "api",
                ComponentStatus.MAJOR_OUTAGE)
            .build();
    var maintenance =
        new PublicMaintenance(
            "evil-m",
            NAME,
            MaintenanceStatus.SCHEDULED,
            t,
            t.plusSeconds(86_400),
            t.plusSeconds(90_000),
            List.of("api"),
            BODY,
            List.of());
    snapshot =
        new StatusSnapshot(
            SampleSnapshot.GENERATED_AT,
            "v1",
            SampleSnapshot.config(),
            List.of(),
            List.of(component),
            List.of(incident),
            List.of(maintenance));
    site = RenderedSite.render(snapshot, dir.resolve("site"));
  }

  @Test
  void htmlEscapesEverything() {
    for (String page :
        List.of(
            "index.html",
            "incidents/evil.html",
            "maintenance/evil-m.html",
            "history/2024-03.html",
            "history/2024-04.html",
            "history/index.html")) {
      String html = site.read(page);
      assertThat(html).as(page).doesNotContain("<script>", "<img", "<b>bold");
    }
    String incident = site.read("incidents/evil.html");
    assertThat(incident)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("&quot;Quoted&quot; &amp; &#39;single&#39; ]]&gt;")
        .contains("🔥 مرحبا بالعالم")
        .contains("Line one &lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;\nLine two");
  }

  @Test
  void feedsParseAndCarryTheTextUnchanged() throws Exception {
    for (String path :
        List.of("history.atom", "history.rss", "components/api.atom", "components/api.rss")) {
      SyndFeed feed = parseFeed(site.file(path));
      assertThat(feed.getEntries()).as(path).hasSize(1);
      assertThat(feed.getEntries().get(0).getTitle()).as(path).isEqualTo(NAME);
      String content =
          path.endsWith(".atom")
              ? feed.getEntries().get(0).getContents().get(0).getValue()
              : feed.getEntries().get(0).getDescription().getValue();
      assertThat(content).as(path).contains("&lt;img src=x").doesNotContain("<img");
    }
  }

  @Test
  void jsonParsesAndRoundTripsTheText() throws Exception {
    JsonNode incident =
        new ObjectMapper()
            .readTree(site.file("api/v2/incidents.json").toFile())
            .path("incidents")
            .get(0);
    assertThat(incident.path("name").asText()).isEqualTo(NAME);
    assertThat(incident.path("incident_updates").get(0).path("body").asText()).isEqualTo(BODY);
    assertThat(incident.path("components").get(0).path("name").asText()).isEqualTo(COMPONENT);
    assertThat(SnapshotJson.read(SnapshotJson.write(snapshot))).isEqualTo(snapshot);
  }

  @Test
  void calendarParsesWithIcal4jAndKeepsTheText() throws Exception {
    Calendar calendar;
    try (InputStream in = new FileInputStream(site.file("maintenance.ics").toFile())) {
      calendar = new CalendarBuilder().build(in);
    }
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).getSummary().orElseThrow().getValue()).isEqualTo(NAME);
    assertThat(events.get(0).getDescription().orElseThrow().getValue()).isEqualTo(BODY);
  }

  @Test
  void theBadgeAndEverythingElseStillValidates() throws Exception {
    assertThat(new org.dutyboard.site.publish.SiteValidator().problems(site.dir())).isEmpty();
  }

  static SyndFeed parseFeed(Path file) throws Exception {
    try (XmlReader reader = new XmlReader(file.toFile())) {
      return new SyndFeedInput().build(reader);
    }
  }
}
