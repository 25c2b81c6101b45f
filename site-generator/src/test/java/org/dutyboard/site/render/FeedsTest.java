package org.dutyboard.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import org.dutyboard.site.fixtures.RenderedSite;
import org.dutyboard.site.fixtures.SampleSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsTest {

  @TempDir static Path dir;
  static RenderedSite site;

  @BeforeAll
  static void render() {
    site = RenderedSite.render(SampleSnapshot.snapshot(), dir.resolve("site"));
  }

  @Test
  void historyAtomListsAllIncidentsNewestFirstWithPermanentIds() throws Exception {
    SyndFeed feed = HostileTextTest.parseFeed(site.file("history.atom"));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getEntries())
        .extracting(SyndEntry::getUri)
        .containsExactly(
            "https://status.example.org/incidents/3.html",
            "https://status.example.org/incidents/2.html",
            "https://status.example.org/incidents/1.html");
    SyndEntry resolved = feed.getEntries().get(1);
    assertThat(resolved.getTitle()).isEqualTo("Web app unavailable");
    assertThat(resolved.getLink()).isEqualTo("https://status.example.org/incidents/2.html");
    assertThat(resolved.getUpdatedDate())
        .isEqualTo(Date.from(Instant.parse("2024-03-28T00:10:00Z")));
    assertThat(resolved.getContents().get(0).getValue())
        .contains("<strong>Resolved</strong>", "All good again.");
  }

  @Test
  void historyRssIsRss2WithTheSameEntries() throws Exception {
    SyndFeed feed = HostileTextTest.parseFeed(site.file("history.rss"));
    assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
    assertThat(feed.getEntries())
        .extracting(SyndEntry::getLink)
        .containsExactly(
            "https://status.example.org/incidents/3.html",
            "https://status.example.org/incidents/2.html",
            "https://status.example.org/incidents/1.html");
    assertThat(feed.getEntries().get(0).getUri())
        .isEqualTo("https://status.example.org/incidents/3.html");
  }

  @Test
  void componentFeedsHoldOnlyTheirIncidents() throws Exception {
    assertThat(HostileTextTest.parseFeed(site.file("components/search.atom")).getEntries())
        .extracting(SyndEntry::getTitle)
        .containsExactly("API requests failing for some customers", "Slow searches");
    assertThat(HostileTextTest.parseFeed(site.file("components/web.rss")).getEntries())
        .extracting(SyndEntry::getTitle)
        .containsExactly("Web app unavailable");
    assertThat(HostileTextTest.parseFeed(site.file("components/webhooks.atom")).getEntries())
        .isEmpty();
  }

  @Test
  void pagesAnnounceTheFeedsForAutodiscovery() {
    assertThat(site.read("index.html"))
        .contains(
            "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Example Status incidents (Atom)\" href=\"history.atom\">",
            "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Example Status incidents (RSS)\" href=\"history.rss\">");
    assertThat(site.read("incidents/1.html")).contains("href=\"../history.atom\"");
    assertThat(site.read("history/index.html")).contains("href=\"../components/search.atom\"");
  }
}
