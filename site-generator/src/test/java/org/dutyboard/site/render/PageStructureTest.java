package org.dutyboard.site.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.site.fixtures.IncidentBuilder.anIncident;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.dutyboard.site.fixtures.RenderedSite;
import org.dutyboard.site.fixtures.SampleSnapshot;
import org.dutyboard.site.model.ComponentStatus;
import org.dutyboard.site.model.IncidentStatus;
import org.dutyboard.site.model.PublicComponent;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.StatusSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader with a screen reader, no JavaScript or a slow phone notices. */
class PageStructureTest {

  private static final Pattern TIME = Pattern.compile("<time datetime=\"([^\"]+)\">");
  private static final Pattern STATUS =
      Pattern.compile(
          "<span class=\"status [^\"]+\"><span class=\"icon\" aria-hidden=\"true\">[^<]+</span> ([^<]+)</span>");

  @TempDir static Path dir;
  static RenderedSite site;

  @BeforeAll
  static void render() {
    site = RenderedSite.render(SampleSnapshot.snapshot(), dir.resolve("site"));
  }

  @Test
  void everyPageHasLanguageLandmarksSkipLinkAndOneHeading() throws IOException {
    for (Path page : htmlPages(site.dir())) {
      String html = Files.readString(page);
      assertThat(html)
          .as(page.toString())
          .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
          .contains("<meta charset=\"utf-8\">", "<title>")
          .contains(
              "<a class=\"skip\" href=\"#main\">",
              "<main id=\"main\"",
              "<header",
              "<nav",
              "<footer")
          .doesNotContain("<script", "http://", "https://");
      assertThat(html.split("<h1[ >]", -1)).as("one h1 in %s", page).hasSize(2);
    }
  }

  @Test
  void statusIsAlwaysWrittenOutNotJustColoured() {
    String home = site.read("index.html");
    Matcher m = STATUS.matcher(home);
    List<String> labels = new ArrayList<>();
    while (m.find()) {
      labels.add(m.group(1));
    }
    // Group, API, Web app, Search; Webhooks is hidden while operational.
    assertThat(labels)
        .containsExactly("Partial outage", "Partial outage", "Operational", "Degraded performance");
    assertThat(home).doesNotContain("Webhooks");
    assertThat(home)
        .contains(
            "<h2 id=\"banner\"><span class=\"icon\" aria-hidden=\"true\">◐</span> Partial outage</h2>");
  }

  @Test
  void uptimeBarsAreDecorativeAndDescribedInText() {
    String home = site.read("index.html");
    assertThat(home).contains("<ol class=\"bars\" aria-hidden=\"true\">");
    assertThat(home)
        .contains("<summary>99.96% uptime<span class=\"vh\"> for Web app</span></summary>")
        .contains("88 of 90 days without disruption.")
        .contains(
            "<li><time datetime=\"2024-03-27\">Wed 27 Mar 2024</time>: 97.91% uptime; major outage 30 min</li>");
  }

  @Test
  void timesAreUtcInTheAttributeAndLocalInTheText() {
    String page = site.read("incidents/2.html");
    Matcher m = TIME.matcher(page);
    int count = 0;
    while (m.find()) {
      count++;
      assertThat(Instant.parse(m.group(1))).isNotNull();
      assertThat(m.group(1)).endsWith("Z");
    }
    assertThat(count).isGreaterThan(3);
    assertThat(page)
        .contains("<time datetime=\"2024-03-27T22:30:00Z\">27 Mar 2024, 23:30 UTC+1</time>");
  }

  @Test
  void stylesheetIsLocalWithDarkModeAndTheAccent() {
    assertThat(site.read(site.asset("site", "css")))
        .startsWith(":root { --accent: #6f42c1; }")
        .contains("@media (prefers-color-scheme: dark)");
  }

  @Test
  void archiveCoversEveryMonthUpToTheScheduledMaintenance() {
    assertThat(site.read("history/index.html"))
        .contains("href=\"../history/2024-04.html\">April 2024</a>")
        .contains("href=\"../history/2024-03.html\">March 2024</a>")
        .contains("href=\"../history/2024-02.html\">February 2024</a>");
    assertThat(site.read("history/2024-02.html")).contains("Slow searches");
  }

  @Test
  void homePageWithFiftyComponentsStaysUnderThirtyKilobytesGzipped() throws IOException {
    StatusSnapshot busy = busySnapshot();
    RenderedSite big = RenderedSite.render(busy, dir.resolve("busy"));
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(big.read("index.html").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(gz.size()).as("gzipped home page bytes").isLessThan(30 * 1024);
  }

  /** 50 components, each with a disruption every third day of the window. */
  static StatusSnapshot busySnapshot() {
    Instant now = SampleSnapshot.GENERATED_AT;
    Instant created = now.minus(Duration.ofDays(400));
    List<PublicComponent> components = new ArrayList<>();
    List<PublicIncident> incidents = new ArrayList<>();
    for (int c = 0; c < 50; c++) {
      components.add(
          new PublicComponent(
              "c" + c,
              "Component number " + c,
              "Serves feature " + c,
              null,
              c,
              false,
              ComponentStatus.OPERATIONAL,
              created,
              created));
    }
    for (int d = 1; d < 90; d += 3) {
      for (int c = 0; c < 50; c += 1) {
        Instant start = now.minus(Duration.ofDays(d)).minus(Duration.ofMinutes(7L * c));
        incidents.add(
            anIncident(d + "-" + c)
                .named("Incident on day " + d)
                .affecting("c" + c)
                .update(
                    start.toString(),
                    IncidentStatus.INVESTIGATING,
                    "Looking",
                    "c" + c,
                    ComponentStatus.PARTIAL_OUTAGE)
                .update(
                    start.plus(Duration.ofMinutes(45)).toString(),
                    IncidentStatus.RESOLVED,
                    "Fixed",
                    "c" + c,
                    ComponentStatus.OPERATIONAL)
                .build());
      }
    }
    return new StatusSnapshot(
        now, "v1", SampleSnapshot.config(), List.of(), components, incidents, List.of());
  }

  static List<Path> htmlPages(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
