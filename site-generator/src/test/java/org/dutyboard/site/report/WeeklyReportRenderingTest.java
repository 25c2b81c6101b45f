package org.dutyboard.site.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dutyboard.site.fixtures.Golden;
import org.junit.jupiter.api.Test;

/**
 * The week page and the indexes: golden files (regenerate with {@code
 * -Ddutyboard.golden.update=true}), determinism, and what a reader with a screen reader, no
 * JavaScript or a printer notices.
 */
class WeeklyReportRenderingTest {

  private static final Pattern TIME = Pattern.compile("<time datetime=\"([^\"]+)\">([^<]+)</time>");
  private final WeeklyReportRenderer renderer = new WeeklyReportRenderer();

  static List<ReportEntry> entries() {
    return List.of(
        ReportEntry.of(SampleReport.week()),
        ReportEntry.of(SampleReport.week("sre-core", "SRE Core", LocalDate.of(2026, 3, 23))),
        ReportEntry.of(SampleReport.week("cloud-vps", "Cloud VPS", LocalDate.of(2026, 3, 30))));
  }

  @Test
  void weekPageAndIndexesMatchTheirGoldenFiles() throws IOException {
    Golden.assertMatches(
        "report/sre-core/2026-03-30.html", bytes(renderer.week(SampleReport.week())));
    List<ReportEntry> entries = entries();
    Golden.assertMatches(
        "report/sre-core/index.html",
        bytes(renderer.team(WeeklyReportRenderer.byTeam(entries).get("sre-core"))));
    Golden.assertMatches("report/index.html", bytes(renderer.index(entries)));
  }

  @Test
  void sameDataGivesTheSameBytes() {
    assertThat(new WeeklyReportRenderer().week(SampleReport.week()))
        .isEqualTo(renderer.week(SampleReport.week()));
    List<ReportEntry> reversed = new java.util.ArrayList<>(entries());
    java.util.Collections.reverse(reversed);
    assertThat(renderer.index(reversed)).isEqualTo(renderer.index(entries()));
  }

  @Test
  void everyPageHasLandmarksOneHeadingAndNoScript() {
    List<ReportEntry> entries = entries();
    for (String html :
        List.of(
            renderer.week(SampleReport.week()),
            renderer.team(WeeklyReportRenderer.byTeam(entries).get("sre-core")),
            renderer.index(entries))) {
      assertThat(html)
          .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
          .contains(
              "<meta charset=\"utf-8\">",
              "<title>",
              "<a class=\"skip\" href=\"#main\">",
              "<header",
              "<nav",
              "<main id=\"main\"",
              "<footer")
          .doesNotContain("<script", "style=")
          .doesNotContainPattern("<[^>]+\\son[a-z]+=");
      assertThat(html.split("<h1[ >]", -1)).hasSize(2);
      // Every table is labelled and every header cell says what it heads.
      assertThat(count(html, "<table>")).isEqualTo(count(html, "<caption>"));
      assertThat(html).doesNotContainPattern("<th>");
    }
  }

  @Test
  void teamIndexListsWeeksNewestFirstAndTopIndexListsTeams() {
    List<ReportEntry> entries = entries();
    String team = renderer.team(WeeklyReportRenderer.byTeam(entries).get("sre-core"));
    assertThat(team.indexOf("href=\"2026-03-30.html\""))
        .isPositive()
        .isLessThan(team.indexOf("href=\"2026-03-23.html\""));
    String index = renderer.index(entries);
    assertThat(index.indexOf(">Cloud VPS<")).isPositive().isLessThan(index.indexOf(">SRE Core<"));
    assertThat(index).contains("href=\"sre-core/2026-03-30.html\">Mon 30 Mar 2026</a>");
  }

  @Test
  void timesAreInTheMeetingZoneWithUtcInTheAttribute() {
    String week = renderer.week(SampleReport.week());
    Matcher m = TIME.matcher(week);
    int count = 0;
    while (m.find()) {
      count++;
      assertThat(m.group(1)).endsWith("Z");
    }
    assertThat(count).isGreaterThan(5);
    // The week spans the switch to summer time: it starts at UTC+1 and ends at UTC+2.
    assertThat(week)
        .contains("<time datetime=\"2026-03-23T09:00:00Z\">23 Mar 2026, 10:00 UTC+1</time>")
        .contains("<time datetime=\"2026-03-30T08:00:00Z\">30 Mar 2026, 10:00 UTC+2</time>");
  }

  @Test
  void statusIsWrittenOutAndImportantNotesAreBold() {
    String week = renderer.week(SampleReport.week());
    assertThat(week)
        .contains("<span class=\"icon\" aria-hidden=\"true\">✓</span> Acknowledged</span>")
        .contains("<span class=\"icon\" aria-hidden=\"true\">!</span> Not acknowledged</span>")
        .contains("1 of 2 not acknowledged.")
        .contains(
            "<strong><span class=\"vh\">Important: </span>Renew the wildcard certificate before"
                + " Friday</strong>")
        .contains("<p class=\"private\">2 private incidents not shown.</p>")
        .contains("<td>SEV2</td><td>RESOLVED</td>")
        .contains("<td>override</td>")
        .contains("Database failover drill")
        .contains("<td>API, Web app</td>");
  }

  @Test
  void emptyMaintenanceReadsNoneScheduled() {
    String week = renderer.week(SampleReport.withoutMaintenance(SampleReport.week()));
    assertThat(week)
        .contains("<h2 id=\"maintenance\">Upcoming maintenance</h2>\n<p>None scheduled.</p>");
  }

  @Test
  void reportsDueAndMetricsAreWrittenOut() {
    String week = renderer.week(SampleReport.week());
    assertThat(week)
        .contains("due within 5 days of the incident's resolution")
        .contains("<caption>Overdue reports</caption>")
        .contains("Certificate expired on the API</th><td>SEV1</td>")
        .contains("<td>draft</td>")
        .contains("<td>not started</td>")
        .contains("<p class=\"private\">1 private incident not shown.</p>")
        .contains("<p>Over the 1 incident declared during the week; 1 private not included.</p>")
        .contains(
            "<th scope=\"row\">Time to acknowledge</th><td>no data</td><td>no data</td>"
                + "<td class=\"num\">0</td>")
        .contains("<th scope=\"row\">Time to resolve</th><td>26 h</td><td>26 h</td>");
  }

  @Test
  void aMetricHasMedianAndP90ExactlyWhenItHasData() {
    assertThatThrownBy(
            () -> new WeeklyReport.Metric("Time to detect", 0, Duration.ofMinutes(1), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WeeklyReport.Metric("Time to detect", 2, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stylesheetHasDarkModeAndAPrintStylesheet() {
    String css = renderer.css();
    assertThat(css).contains("@media (prefers-color-scheme: dark)", "@media print");
    String print = css.substring(css.indexOf("@media print"));
    assertThat(print)
        .contains("header.site nav", "display: none", "background: none")
        .contains("a[href^=\"https://\"]::after { content: \" (\" attr(href) \")\"");
  }

  private static int count(String html, String needle) {
    return html.split(Pattern.quote(needle), -1).length - 1;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
