package org.dutyboard.site.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dutyboard.site.model.StatusSnapshot;

/**
 * Renders the complete public status site for one snapshot into a directory: HTML pages, feeds,
 * Statuspage-compatible JSON, the maintenance calendar, the badge and the heartbeat. Output depends
 * only on the snapshot (and the logo file it names), so the same snapshot gives the same bytes.
 *
 * <p>Thread-safe and reusable; the Qute engine is built once per renderer.
 */
public final class SiteRenderer implements SiteWriter {

  private final Templates templates = new Templates();

  @Override
  public void render(StatusSnapshot snapshot, Path directory) throws IOException {
    Path root = directory.toAbsolutePath().normalize();
    Files.createDirectories(root);
    OutputFiles out = new OutputFiles(root);
    SiteIndex site = new SiteIndex(snapshot);
    copyLogo(site.assets, out);
    try (Parallel parallel = new Parallel()) {
      new HtmlPages(site, templates).write(out, parallel);
      new FeedWriter(site, templates).write(out, parallel);
    }
    new StatuspageApiWriter(site).write(out);
    new MaintenanceCalendar(site).write(out);
    StatusBadge.write(out, site.overall);
    Heartbeat.write(out, site);
  }

  private static void copyLogo(SiteAssets assets, OutputFiles out) throws IOException {
    if (assets.logo() != null) {
      Files.write(out.resolve(assets.logoPath()), assets.logo());
    }
  }
}
