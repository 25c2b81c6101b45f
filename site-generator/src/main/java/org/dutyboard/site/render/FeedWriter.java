package org.dutyboard.site.render;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.render.view.UpdatesView;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;
import org.jdom2.output.XMLOutputter;

/**
 * Atom 1.0 and RSS 2.0 feeds written by ROME: one pair for all incidents, one per component. Each
 * feed holds the {@value #LIMIT} most recent incidents. Entry ids are the incidents' permanent
 * URLs, so they never change; the entry content is the updates as HTML, rendered by the escaping
 * Qute template {@code feed-entry.html}.
 */
final class FeedWriter {

  static final int LIMIT = 50;

  private final SiteIndex site;
  private final Templates templates;
  private final ViewFactory views;
  private final Map<String, String> contentCache = new ConcurrentHashMap<>();

  FeedWriter(SiteIndex site, Templates templates) {
    this.site = site;
    this.templates = templates;
    this.views = new ViewFactory(site);
  }

  void write(OutputFiles out, Parallel parallel) throws IOException {
    String name = site.config.pageName();
    writePair(
        out, SitePaths.HISTORY_ATOM, SitePaths.HISTORY_RSS, name + " incidents", site.incidents);
    parallel.forEach(
        site.components.values(),
        c ->
            writePair(
                out,
                SitePaths.componentAtom(c.id()),
                SitePaths.componentRss(c.id()),
                name + ": " + c.name() + " incidents",
                site.incidentsOf(c.id())));
  }

  private void writePair(
      OutputFiles out, String atomPath, String rssPath, String title, List<PublicIncident> all)
      throws IOException {
    List<PublicIncident> recent = all.stream().limit(LIMIT).toList();
    write(out, atomPath, feed("atom_1.0", atomPath, title, recent));
    write(out, rssPath, feed("rss_2.0", rssPath, title, recent));
  }

  private SyndFeed feed(
      String type, String selfPath, String title, List<PublicIncident> incidents) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(type);
    feed.setTitle(title);
    feed.setDescription("Incidents reported on " + site.config.pageName());
    feed.setLanguage("en");
    String home = site.config.absolute(SitePaths.INDEX);
    feed.setLink(home);
    feed.setUri(site.config.absolute(selfPath));
    feed.setLinks(List.of(link("alternate", "text/html", home), self(type, selfPath)));
    feed.setPublishedDate(
        Date.from(
            incidents.stream()
                .map(PublicIncident::lastUpdatedAt)
                .max(java.time.Instant::compareTo)
                .orElse(site.lastChange())));
    List<SyndEntry> entries = new ArrayList<>(incidents.size());
    for (PublicIncident incident : incidents) {
      entries.add(entry(type, incident));
    }
    feed.setEntries(entries);
    return feed;
  }

  private SyndEntry entry(String type, PublicIncident incident) {
    String url = site.config.absolute(SitePaths.incident(incident.id()));
    SyndEntry entry = new SyndEntryImpl();
    entry.setTitle(incident.name());
    entry.setAuthor(site.config.pageName());
    entry.setLink(url);
    entry.setUri(url);
    entry.setPublishedDate(Date.from(incident.createdAt()));
    entry.setUpdatedDate(Date.from(incident.lastUpdatedAt()));
    SyndContent content = new SyndContentImpl();
    content.setType("html");
    content.setValue(contentCache.computeIfAbsent(incident.id(), id -> content(incident)));
    if (type.startsWith("atom")) {
      entry.setContents(List.of(content));
    } else {
      entry.setDescription(content);
    }
    return entry;
  }

  private String content(PublicIncident incident) {
    return templates
        .get("feed-entry.html")
        .data("v", new UpdatesView(views.incident(incident).updates()))
        .render()
        .strip();
  }

  private SyndLink self(String type, String path) {
    String media = type.startsWith("atom") ? "application/atom+xml" : "application/rss+xml";
    return link("self", media, site.config.absolute(path));
  }

  private static SyndLink link(String rel, String type, String href) {
    SyndLink link = new SyndLinkImpl();
    link.setRel(rel);
    link.setType(type);
    link.setHref(href);
    return link;
  }

  private static void write(OutputFiles out, String path, SyndFeed feed) throws IOException {
    try (Writer writer = new OutputStreamWriter(out.open(path), StandardCharsets.UTF_8)) {
      // ROME builds the document; JDOM's raw format writes it without re-flowing any text.
      Format raw = Format.getRawFormat().setEncoding("UTF-8").setLineSeparator(LineSeparator.NL);
      new XMLOutputter(raw).output(new SyndFeedOutput().outputJDom(feed), writer);
    } catch (FeedException e) {
      throw new IOException("could not write feed " + path, e);
    }
  }
}
