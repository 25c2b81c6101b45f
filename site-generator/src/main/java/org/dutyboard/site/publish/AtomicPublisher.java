package org.dutyboard.site.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dutyboard.site.model.SnapshotJson;
import org.dutyboard.site.model.StatusSnapshot;
import org.dutyboard.site.render.SiteRenderer;
import org.dutyboard.site.render.SiteWriter;

/**
 * Publishes a site so that readers only ever see a complete version.
 *
 * <pre>
 * root/
 *   current -> versions/20240301T120000.000Z-3fa2c1d9e0b4   (symlink, switched atomically)
 *   versions/20240301T120000.000Z-3fa2c1d9e0b4/index.html ...
 *   versions/.staging-...                                   (only while rendering)
 * </pre>
 *
 * <p>A version is rendered into a hidden staging directory, validated ({@link SiteValidator}),
 * renamed into {@code versions/}, and only then does a fresh symlink replace {@code current} with
 * one atomic rename. A failure at any step before the switch leaves {@code current} untouched and
 * removes the staging directory. When the snapshot's content hash equals the live version's,
 * nothing is written. Old versions beyond {@code keepVersions} are deleted; the live one never is.
 * Publishers on the same root take turns through a lock file.
 */
public final class AtomicPublisher {

  private static final DateTimeFormatter VERSION_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final String STAGING = ".staging-";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path root;
  private final Path versions;
  private final Path current;
  private final SiteWriter writer;
  private final SiteValidator validator = new SiteValidator();

  public AtomicPublisher(Path root) {
    this(root, new SiteRenderer());
  }

  /** With another writer, e.g. a decorated renderer in tests. */
  public AtomicPublisher(Path root, SiteWriter writer) {
    this.root = root.toAbsolutePath().normalize();
    this.versions = this.root.resolve("versions");
    this.current = this.root.resolve("current");
    this.writer = writer;
  }

  /** The live version directory, if any has been published. */
  public Optional<Path> liveVersion() throws IOException {
    if (!Files.isSymbolicLink(current)) {
      return Optional.empty();
    }
    return Optional.of(root.resolve(Files.readSymbolicLink(current)).normalize());
  }

  public synchronized PublishResult publish(StatusSnapshot snapshot) throws IOException {
    Files.createDirectories(versions);
    try (FileChannel channel =
            FileChannel.open(
                root.resolve(".publish.lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      return publishLocked(snapshot);
    }
  }

  private PublishResult publishLocked(StatusSnapshot snapshot) throws IOException {
    removeStaleStaging();
    String hash = SnapshotJson.contentHash(snapshot);
    Optional<Path> live = liveVersion();
    if (live.isPresent() && hash.equals(publishedHash(live.get()))) {
      return new PublishResult(false, live.get(), hash);
    }
    String name =
        VERSION_TIME.format(snapshot.generatedAt()) + "-" + hash.substring("sha256:".length(), 19);
    Path target = versions.resolve(name);
    Path staging = versions.resolve(STAGING + name);
    try {
      writer.render(snapshot, staging);
      List<String> problems = validator.problems(staging);
      if (!problems.isEmpty()) {
        throw new PublishException("the generated site is invalid", problems, null);
      }
      Directories.delete(target);
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      Directories.deleteQuietly(staging, e);
      throw e instanceof PublishException p
          ? p
          : new PublishException("site generation failed", List.of(), e);
    }
    switchCurrent(target);
    prune(snapshot.config().keepVersions(), target);
    return new PublishResult(true, target, hash);
  }

  /** A new symlink renamed over the old one: readers see the old or the new version, never none. */
  private void switchCurrent(Path target) throws IOException {
    Path link = root.resolve(".current-" + target.getFileName());
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, root.relativize(target));
    Files.move(link, current, StandardCopyOption.ATOMIC_MOVE);
  }

  private void prune(int keep, Path live) throws IOException {
    List<Path> published;
    try (Stream<Path> list = Files.list(versions)) {
      published =
          list.filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
              .toList();
    }
    published.stream()
        .skip(keep)
        .filter(p -> !p.equals(live))
        .forEach(p -> Directories.deleteQuietly(p, null));
  }

  private void removeStaleStaging() throws IOException {
    try (Stream<Path> list = Files.list(versions)) {
      for (Path p : list.filter(p -> p.getFileName().toString().startsWith(STAGING)).toList()) {
        Directories.delete(p);
      }
    }
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
