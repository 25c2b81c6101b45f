package org.dutyboard.site.render;

import java.io.IOException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.dutyboard.site.model.MaintenanceStatus;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.PublicMaintenance;
import org.dutyboard.site.render.StatuspageDocuments.ComponentsDocument;
import org.dutyboard.site.render.StatuspageDocuments.IncidentsDocument;
import org.dutyboard.site.render.StatuspageDocuments.MaintenancesDocument;
import org.dutyboard.site.render.StatuspageDocuments.StatusDocument;
import org.dutyboard.site.render.StatuspageDocuments.Summary;

/**
 * Writes the Statuspage v2 compatible JSON under {@code api/v2/}. Like Statuspage, the full lists
 * ({@code incidents.json}, {@code scheduled-maintenances.json}) hold the 50 most recent entries.
 */
final class StatuspageApiWriter {

  static final int RECENT_LIMIT = 50;

  private final SiteIndex site;
  private final StatuspageMapper mapper;

  StatuspageApiWriter(SiteIndex site) {
    this.site = site;
    this.mapper = new StatuspageMapper(site);
  }

  void write(OutputFiles out) throws IOException {
    var page = mapper.page(site.lastChange());
    var status = mapper.status();
    var components = mapper.components();
    var unresolved =
        site.incidents.stream().filter(PublicIncident::active).map(mapper::incident).toList();
    var upcoming =
        site.maintenances.stream()
            .filter(m -> m.status() == MaintenanceStatus.SCHEDULED)
            .sorted(
                Comparator.comparing(PublicMaintenance::scheduledFor)
                    .thenComparing(PublicMaintenance::id))
            .map(mapper::maintenance)
            .toList();
    var active =
        site.maintenances.stream()
            .filter(m -> m.status().active())
            .map(mapper::maintenance)
            .toList();
    String api = SitePaths.API;
    JsonOutput.write(
        out,
        api + "summary.json",
        new Summary(
            page,
            components,
            unresolved,
            Stream.concat(active.stream(), upcoming.stream()).toList(),
            status));
    JsonOutput.write(out, api + "status.json", new StatusDocument(page, status));
    JsonOutput.write(out, api + "components.json", new ComponentsDocument(page, components));
    JsonOutput.write(
        out,
        api + "incidents.json",
        new IncidentsDocument(
            page, site.incidents.stream().limit(RECENT_LIMIT).map(mapper::incident).toList()));
    JsonOutput.write(
        out, api + "incidents/unresolved.json", new IncidentsDocument(page, unresolved));
    JsonOutput.write(
        out,
        api + "scheduled-maintenances.json",
        new MaintenancesDocument(
            page,
            site.maintenances.stream().limit(RECENT_LIMIT).map(mapper::maintenance).toList()));
    JsonOutput.write(
        out,
        api + "scheduled-maintenances/upcoming.json",
        new MaintenancesDocument(page, upcoming));
    JsonOutput.write(
        out, api + "scheduled-maintenances/active.json", new MaintenancesDocument(page, active));
  }
}
