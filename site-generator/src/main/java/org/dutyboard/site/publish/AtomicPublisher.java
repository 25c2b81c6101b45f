package org.dutyboard.site.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.dutyboard.site.model.SnapshotJson;
import org.dutyboard.site.model.StatusSnapshot;
import org.dutyboard.site.render.SiteRenderer;
import org.dutyboard.site.render.SiteWriter;

/**
 * Publishes the status site so that readers only ever see a complete version (layout, validation
 * and switch: {@link VersionedDirectory}). When the snapshot's content hash equals the live
 * version's, nothing is written.
 */
public final class AtomicPublisher {

  /** Version directory names: the generation time, sortable. */
  public static final DateTimeFormatter VERSION_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final VersionedDirectory directory;
  private final SiteWriter writer;

  public AtomicPublisher(Path root) {
    this(root, new SiteRenderer());
  }

  /** With another writer, e.g. a decorated renderer in tests. */
  public AtomicPublisher(Path root, SiteWriter writer) {
    this.directory = new VersionedDirectory(root);
    this.writer = writer;
  }

  /** The live version directory, if any has been published. */
  public Optional<Path> liveVersion() throws IOException {
    return directory.liveVersion();
  }

  public PublishResult publish(StatusSnapshot snapshot) throws IOException {
    return directory.locked(() -> publishLocked(snapshot));
  }

  private PublishResult publishLocked(StatusSnapshot snapshot) throws IOException {
    String hash = SnapshotJson.contentHash(snapshot);
    Optional<Path> live = liveVersion();
    if (live.isPresent() && hash.equals(publishedHash(live.get()))) {
      return new PublishResult(false, live.get(), hash);
    }
    String name =
        VERSION_TIME.format(snapshot.generatedAt()) + "-" + hash.substring("sha256:".length(), 19);
    Path target =
        directory.publish(
            name, staging -> writer.render(snapshot, staging), snapshot.config().keepVersions());
    return new PublishResult(true, target, hash);
  }

  private static String publishedHash(Path version) {
    try {
      JsonNode heartbeat = JSON.readTree(version.resolve("generated.json").toFile());
      return heartbeat.path("contentHash").asText(null);
    } catch (IOException e) {
      return null; // unreadable heartbeat: publish anew
    }
  }
}
