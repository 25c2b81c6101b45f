package org.dutyboard.site.render;

import io.quarkus.qute.Template;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.PublicMaintenance;
import org.dutyboard.site.render.view.ComponentFeedView;
import org.dutyboard.site.render.view.HistoryView;
import org.dutyboard.site.render.view.IncidentView;
import org.dutyboard.site.render.view.MaintenanceView;
import org.dutyboard.site.render.view.MonthLinkView;
import org.dutyboard.site.render.view.MonthView;

/**
 * The archive: {@code history/index.html} and one page per month, from the month of the oldest
 * incident or maintenance up to the current month (or a later one with scheduled maintenance).
 * Empty months get a page too, so every month link resolves and gaps read as "no incidents".
 */
final class HistoryPages {

  private final SiteIndex site;
  private final Templates templates;
  private final ViewFactory views;
  private final Map<String, IncidentView> incidentViews;
  private final Map<String, MaintenanceView> maintenanceViews;

  HistoryPages(
      SiteIndex site,
      Templates templates,
      ViewFactory views,
      Map<String, IncidentView> incidentViews,
      Map<String, MaintenanceView> maintenanceViews) {
    this.site = site;
    this.templates = templates;
    this.views = views;
    this.incidentViews = incidentViews;
    this.maintenanceViews = maintenanceViews;
  }

  void write(OutputFiles out, Parallel parallel) throws IOException {
    TimeFormat time = site.time;
    TreeMap<YearMonth, List<IncidentView>> incidents = new TreeMap<>();
    TreeMap<YearMonth, List<MaintenanceView>> maintenances = new TreeMap<>();
    for (PublicIncident i : site.incidents) {
      incidents
          .computeIfAbsent(time.monthOf(i.startedAt()), m -> new ArrayList<>())
          .add(incidentViews.get(i.id()));
    }
    for (PublicMaintenance m : site.maintenances) {
      maintenances
          .computeIfAbsent(time.monthOf(m.scheduledFor()), k -> new ArrayList<>())
          .add(maintenanceViews.get(m.id()));
    }
    YearMonth current = time.monthOf(site.snapshot.generatedAt());
    YearMonth first =
        Stream.of(incidents.keySet().stream(), maintenances.keySet().stream(), Stream.of(current))
            .flatMap(s -> s)
            .min(YearMonth::compareTo)
            .orElseThrow();
    YearMonth last =
        Stream.of(maintenances.keySet().stream(), Stream.of(current))
            .flatMap(s -> s)
            .max(YearMonth::compareTo)
            .orElseThrow();

    List<MonthLinkView> links = new ArrayList<>();
    for (YearMonth m = last; !m.isBefore(first); m = m.minusMonths(1)) {
      links.add(
          new MonthLinkView(
              time.month(m),
              SitePaths.month(m),
              incidents.getOrDefault(m, List.of()).size(),
              maintenances.getOrDefault(m, List.of()).size()));
    }
    Template month = templates.get("history-month.html");
    List<Integer> positions = java.util.stream.IntStream.range(0, links.size()).boxed().toList();
    YearMonth newest = last;
    parallel.forEach(
        positions,
        n -> {
          MonthLinkView link = links.get(n);
          YearMonth m = newest.minusMonths(n);
          MonthView view =
              new MonthView(
                  link.label(),
                  incidents.getOrDefault(m, List.of()),
                  maintenances.getOrDefault(m, List.of()),
                  n == 0 ? null : links.get(n - 1),
                  n == links.size() - 1 ? null : links.get(n + 1));
          HtmlPages.write(out, link.path(), month, views.page(link.label(), "../"), view);
        });
    List<ComponentFeedView> feeds =
        site.components.values().stream()
            .map(
                c ->
                    new ComponentFeedView(
                        c.name(), SitePaths.componentAtom(c.id()), SitePaths.componentRss(c.id())))
            .toList();
    HtmlPages.write(
        out,
        SitePaths.HISTORY_INDEX,
        templates.get("history-index.html"),
        views.page("Incident history", "../"),
        new HistoryView(links, feeds));
  }
}
