package org.dutyboard.site.render;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.IOException;
import org.dutyboard.site.model.SnapshotJson;

/**
 * {@code generated.json}: when and from what this version of the site was generated. The publisher
 * compares {@code contentHash} to skip unchanged snapshots; monitoring can alert on an old {@code
 * generated_at}.
 */
final class Heartbeat {

  /** Our own document, so camelCase like the snapshot rather than Statuspage's snake_case. */
  @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
  record Document(
      String generatedAt,
      String sourceVersion,
      String contentHash,
      String generator,
      int components,
      int incidents,
      int unresolvedIncidents,
      int maintenances) {}

  static final String GENERATOR = "dutyboard-site-generator";

  private Heartbeat() {}

  static void write(OutputFiles out, SiteIndex site) throws IOException {
    var snapshot = site.snapshot;
    JsonOutput.write(
        out,
        SitePaths.HEARTBEAT,
        new Document(
            site.time.isoUtc(snapshot.generatedAt()),
            snapshot.sourceVersion(),
            SnapshotJson.contentHash(snapshot),
            GENERATOR,
            snapshot.components().size(),
            snapshot.incidents().size(),
            (int) snapshot.incidents().stream().filter(i -> i.active()).count(),
            snapshot.maintenances().size()));
  }
}
