package org.dutyboard.site.render;

import io.quarkus.qute.Template;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dutyboard.site.model.MaintenanceStatus;
import org.dutyboard.site.model.PublicComponent;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.PublicMaintenance;
import org.dutyboard.site.render.view.ComponentView;
import org.dutyboard.site.render.view.GroupView;
import org.dutyboard.site.render.view.HomeView;
import org.dutyboard.site.render.view.IncidentView;
import org.dutyboard.site.render.view.LayoutView;
import org.dutyboard.site.render.view.MaintenanceView;

/** Renders the HTML pages and the stylesheet with Qute. */
final class HtmlPages {

  /** Resolved incidents stay on the home page this long. */
  static final Duration RECENT = Duration.ofDays(7);

  private static final int RECENT_LIMIT = 10;

  private final SiteIndex site;
  private final Templates templates;
  private final ViewFactory views;
  private final Map<String, IncidentView> incidentViews;
  private final Map<String, MaintenanceView> maintenanceViews;

  HtmlPages(SiteIndex site, Templates templates) {
    this.site = site;
    this.templates = templates;
    this.views = new ViewFactory(site);
    this.incidentViews =
        site.incidents.parallelStream()
            .collect(Collectors.toConcurrentMap(PublicIncident::id, views::incident));
    this.maintenanceViews =
        site.maintenances.stream()
            .collect(Collectors.toMap(PublicMaintenance::id, views::maintenance));
  }

  void write(OutputFiles out, Parallel parallel) throws IOException {
    writeStylesheet(out);
    out.write(
        SitePaths.INDEX, render("index.html", views.page(site.config.pageName(), ""), home()));
    Template incident = templates.get("incident.html");
    parallel.forEach(
        incidentViews.values(),
        v -> write(out, v.path(), incident, views.page(v.name(), "../"), v));
    Template maintenance = templates.get("maintenance.html");
    parallel.forEach(
        maintenanceViews.values(),
        v -> write(out, v.path(), maintenance, views.page(v.name(), "../"), v));
    new HistoryPages(site, templates, views, incidentViews, maintenanceViews).write(out, parallel);
  }

  static void write(OutputFiles out, String path, Template template, LayoutView page, Object view)
      throws IOException {
    out.write(path, template.data("page", page).data("v", view).render());
  }

  private String render(String template, LayoutView page, Object view) {
    return templates.get(template).data("page", page).data("v", view).render();
  }

  private HomeView home() {
    UptimeViews uptime = new UptimeViews(site.time);
    List<GroupView> groups =
        site.entries.stream()
            .map(
                e -> {
                  List<ComponentView> components =
                      e.components().stream()
                          .filter(PublicComponent::visible)
                          .map(
                              c ->
                                  new ComponentView(
                                      c.id(),
                                      c.name(),
                                      c.description(),
                                      ViewFactory.status(c.status()),
                                      uptime.view(site.uptime.get(c.id()))))
                          .toList();
                  return e.group() == null
                      ? new GroupView(null, null, null, components)
                      : new GroupView(
                          e.group().name(),
                          e.group().description(),
                          ViewFactory.status(SiteIndex.statusOf(e)),
                          components);
                })
            .filter(g -> !g.components().isEmpty())
            .toList();
    Instant recentSince = site.snapshot.generatedAt().minus(RECENT);
    Function<PublicMaintenance, MaintenanceView> maintenance = m -> maintenanceViews.get(m.id());
    return new HomeView(
        ViewFactory.overall(site.overall),
        site.incidents.stream()
            .filter(PublicIncident::active)
            .map(i -> incidentViews.get(i.id()))
            .toList(),
        site.maintenances.stream().filter(m -> m.status().active()).map(maintenance).toList(),
        site.maintenances.stream()
            .filter(m -> m.status() == MaintenanceStatus.SCHEDULED)
            .sorted(
                Comparator.comparing(PublicMaintenance::scheduledFor)
                    .thenComparing(PublicMaintenance::id))
            .map(maintenance)
            .toList(),
        groups,
        site.incidents.stream()
            .filter(i -> !i.active() && i.resolvedAt().isAfter(recentSince))
            .sorted(
                Comparator.comparing(PublicIncident::resolvedAt)
                    .thenComparing(PublicIncident::id)
                    .reversed())
            .limit(RECENT_LIMIT)
            .map(i -> incidentViews.get(i.id()))
            .toList(),
        site.config.uptimeDays());
  }

  /** The stylesheet under its content-hashed name. */
  private void writeStylesheet(OutputFiles out) throws IOException {
    out.write(site.assets.stylesheetPath(), site.assets.stylesheet());
  }
}
