package org.dutyboard.site.render;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.dutyboard.site.model.ComponentStatus;
import org.dutyboard.site.model.MaintenanceUpdate;
import org.dutyboard.site.model.OverallStatus;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.PublicMaintenance;
import org.dutyboard.site.model.PublicUpdate;
import org.dutyboard.site.render.view.FeedLink;
import org.dutyboard.site.render.view.IncidentView;
import org.dutyboard.site.render.view.LayoutView;
import org.dutyboard.site.render.view.MaintenanceView;
import org.dutyboard.site.render.view.StatusView;
import org.dutyboard.site.render.view.TimeView;
import org.dutyboard.site.render.view.UpdateView;

/** Builds the template views from the read model: labels, icons, local times, paths. */
final class ViewFactory {

  private final SiteIndex site;
  private final TimeFormat time;
  private final TimeView generated;
  private final List<FeedLink> feeds;

  ViewFactory(SiteIndex site) {
    this.site = site;
    this.time = site.time;
    this.generated = time(site.snapshot.generatedAt());
    String name = site.config.pageName();
    this.feeds =
        List.of(
            new FeedLink(
                name + " incidents (Atom)", "application/atom+xml", SitePaths.HISTORY_ATOM),
            new FeedLink(name + " incidents (RSS)", "application/rss+xml", SitePaths.HISTORY_RSS));
  }

  /** Every status gets its own icon shape, so it never depends on colour. */
  static StatusView status(ComponentStatus status) {
    return switch (status) {
      case OPERATIONAL -> new StatusView(status.label(), "✓", "s-operational");
      case DEGRADED_PERFORMANCE -> new StatusView(status.label(), "▲", "s-degraded");
      case PARTIAL_OUTAGE -> new StatusView(status.label(), "◐", "s-partial");
      case MAJOR_OUTAGE -> new StatusView(status.label(), "✕", "s-major");
      case UNDER_MAINTENANCE -> new StatusView(status.label(), "⚙", "s-maintenance");
    };
  }

  /** The banner shows the icon of the worst component status. */
  static StatusView overall(OverallStatus overall) {
    StatusView worst = status(overall.worstComponentStatus());
    return new StatusView(overall.description(), worst.icon(), worst.css());
  }

  LayoutView page(String title, String root) {
    String name = site.config.pageName();
    return new LayoutView(
        title.equals(name) ? name : title + " – " + name,
        root,
        name,
        site.config.branding().name(),
        site.assets.logoPath(),
        site.assets.stylesheetPath(),
        "Current status, incidents and scheduled maintenance of " + name + ".",
        generated,
        TimeFormat.zoneName(site.config.timeZone()),
        feeds);
  }

  TimeView time(Instant instant) {
    return instant == null ? null : new TimeView(time.isoUtc(instant), time.display(instant));
  }

  IncidentView incident(PublicIncident i) {
    YearMonth month = time.monthOf(i.startedAt());
    Instant end = i.resolvedAt();
    return new IncidentView(
        i.id(),
        i.shortId(),
        i.name(),
        SitePaths.incident(i.id()),
        i.impact().label() + " impact",
        "impact-" + i.impact().wireValue(),
        i.status().label(),
        i.active(),
        time(i.startedAt()),
        time(end),
        end == null ? "ongoing" : TimeFormat.duration(Duration.between(i.startedAt(), end)),
        i.componentIds().stream().map(id -> site.components.get(id).name()).toList(),
        i.updatesNewestFirst().stream().map(this::update).toList(),
        SitePaths.month(month),
        time.month(month));
  }

  private UpdateView update(PublicUpdate u) {
    return new UpdateView(
        u.id(),
        u.status().label(),
        time(u.createdAt()),
        u.body(),
        u.affectedComponents().stream()
            .map(a -> site.components.get(a.componentId()).name() + ": " + a.status().label())
            .toList());
  }

  MaintenanceView maintenance(PublicMaintenance m) {
    YearMonth month = time.monthOf(m.scheduledFor());
    return new MaintenanceView(
        m.id(),
        m.name(),
        SitePaths.maintenance(m.id()),
        m.status().label(),
        m.status().active(),
        time(m.scheduledFor()),
        time(m.scheduledUntil()),
        m.affectedComponentIds().stream().map(id -> site.components.get(id).name()).toList(),
        m.message(),
        m.updatesNewestFirst().stream().map(this::update).toList(),
        SitePaths.month(month),
        time.month(month));
  }

  private UpdateView update(MaintenanceUpdate u) {
    return new UpdateView(u.id(), u.status().label(), time(u.createdAt()), u.body(), List.of());
  }
}
