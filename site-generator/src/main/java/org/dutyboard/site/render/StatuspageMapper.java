package org.dutyboard.site.render;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dutyboard.site.model.AffectedComponent;
import org.dutyboard.site.model.ComponentStatus;
import org.dutyboard.site.model.MaintenanceStatus;
import org.dutyboard.site.model.MaintenanceUpdate;
import org.dutyboard.site.model.PublicComponent;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.PublicMaintenance;
import org.dutyboard.site.model.PublicUpdate;
import org.dutyboard.site.render.StatuspageDocuments.Component;
import org.dutyboard.site.render.StatuspageDocuments.Incident;
import org.dutyboard.site.render.StatuspageDocuments.IncidentUpdate;
import org.dutyboard.site.render.StatuspageDocuments.Page;
import org.dutyboard.site.render.StatuspageDocuments.ScheduledMaintenance;
import org.dutyboard.site.render.StatuspageDocuments.Status;

/** Maps the public read model to Statuspage's v2 shapes, names and enum values. */
final class StatuspageMapper {

  private final SiteIndex site;
  private final TimeFormat time;
  private final String pageId;
  private final Map<String, Component> componentsById = new LinkedHashMap<>();

  StatuspageMapper(SiteIndex site) {
    this.site = site;
    this.time = site.time;
    this.pageId = site.config.pageId();
    for (SiteIndex.Entry entry : site.entries) {
      if (entry.group() != null) {
        componentsById.put(entry.group().id(), group(entry));
      }
      entry.components().forEach(c -> componentsById.put(c.id(), component(c)));
    }
  }

  Page page(Instant updatedAt) {
    String url = site.config.baseUrl().toString();
    return new Page(
        pageId,
        site.config.pageName(),
        url.substring(0, url.length() - 1),
        site.config.timeZone().getId(),
        time.api(updatedAt));
  }

  Status status() {
    return new Status(site.overall.indicator(), site.overall.description());
  }

  /** Groups and components, each group followed by its members, in page order. */
  List<Component> components() {
    return List.copyOf(componentsById.values());
  }

  private Component component(PublicComponent c) {
    LocalDate start = LocalDate.ofInstant(c.createdAt(), site.config.timeZone());
    return new Component(
        c.id(),
        c.name(),
        c.status().wireValue(),
        time.api(c.createdAt()),
        time.api(c.updatedAt()),
        c.displayOrder(),
        c.description(),
        true,
        start.toString(),
        c.groupId(),
        pageId,
        false,
        c.showOnlyWhenDegraded(),
        null);
  }

  private Component group(SiteIndex.Entry entry) {
    var members = entry.components();
    Instant created =
        members.stream()
            .map(PublicComponent::createdAt)
            .min(Instant::compareTo)
            .orElse(site.snapshot.generatedAt());
    Instant updated =
        members.stream().map(PublicComponent::updatedAt).max(Instant::compareTo).orElse(created);
    return new Component(
        entry.group().id(),
        entry.group().name(),
        SiteIndex.statusOf(entry).wireValue(),
        time.api(created),
        time.api(updated),
        entry.group().displayOrder(),
        entry.group().description(),
        false,
        null,
        null,
        pageId,
        true,
        false,
        members.stream().map(PublicComponent::id).toList());
  }

  Incident incident(PublicIncident i) {
    List<IncidentUpdate> updates = new ArrayList<>();
    Map<String, ComponentStatus> current = new HashMap<>();
    for (PublicUpdate u : i.updates()) {
      List<StatuspageDocuments.AffectedComponent> affected = new ArrayList<>();
      for (AffectedComponent a : u.affectedComponents()) {
        ComponentStatus old = current.getOrDefault(a.componentId(), ComponentStatus.OPERATIONAL);
        current.put(a.componentId(), a.status());
        affected.add(
            new StatuspageDocuments.AffectedComponent(
                a.componentId(),
                site.components.get(a.componentId()).name(),
                old.wireValue(),
                a.status().wireValue()));
      }
      String at = time.api(u.createdAt());
      updates.add(
          new IncidentUpdate(
              u.id(),
              u.status().wireValue(),
              u.body(),
              i.id(),
              at,
              at,
              at,
              affected.isEmpty() ? null : affected));
    }
    Collections.reverse(updates);
    return new Incident(
        i.id(),
        i.name(),
        i.status().wireValue(),
        time.api(i.createdAt()),
        time.api(i.lastUpdatedAt()),
        time.api(i.monitoringAt()),
        time.api(i.resolvedAt()),
        i.impact().wireValue(),
        site.config.absolute(SitePaths.incident(i.id())),
        time.api(i.startedAt()),
        pageId,
        updates,
        i.componentIds().stream().map(componentsById::get).toList());
  }

  ScheduledMaintenance maintenance(PublicMaintenance m) {
    // The announcement is the oldest update, as on Statuspage.
    List<MaintenanceUpdate> all = new ArrayList<>(m.updates());
    all.add(
        0,
        new MaintenanceUpdate(
            m.id() + "-announcement", MaintenanceStatus.SCHEDULED, m.message(), m.createdAt()));
    List<IncidentUpdate> updates = new ArrayList<>();
    for (MaintenanceUpdate u : all) {
      String at = time.api(u.createdAt());
      updates.add(
          new IncidentUpdate(u.id(), u.status().wireValue(), u.body(), m.id(), at, at, at, null));
    }
    Collections.reverse(updates);
    Instant started = m.firstUpdateAt(MaintenanceStatus.IN_PROGRESS);
    Instant completed = m.firstUpdateAt(MaintenanceStatus.COMPLETED);
    if (completed == null && m.status() == MaintenanceStatus.COMPLETED) {
      completed = m.scheduledUntil();
    }
    return new ScheduledMaintenance(
        m.id(),
        m.name(),
        m.status().wireValue(),
        time.api(m.createdAt()),
        time.api(m.lastUpdatedAt()),
        null,
        time.api(completed),
        "maintenance",
        site.config.absolute(SitePaths.maintenance(m.id())),
        time.api(started != null ? started : m.scheduledFor()),
        pageId,
        updates,
        m.affectedComponentIds().stream().map(componentsById::get).toList(),
        time.api(m.scheduledFor()),
        time.api(m.scheduledUntil()));
  }
}
