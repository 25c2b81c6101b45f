package org.dutyboard.site.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The on-disk layout and the switch shared by every atomically published site (the status site, the
 * weekly duty report).
 *
 * <pre>
 * root/
 *   current -> versions/20240301T120000.000Z-3fa2c1d9e0b4   (symlink, switched atomically)
 *   versions/20240301T120000.000Z-3fa2c1d9e0b4/index.html ...
 *   versions/.staging-...                                   (only while rendering)
 * </pre>
 *
 * <p>A version is written into a hidden staging directory, validated ({@link SiteValidator}),
 * renamed into {@code versions/}, and only then does a fresh symlink replace {@code current} with
 * one atomic rename. A failure at any step before the switch leaves {@code current} untouched and
 * removes the staging directory. Old versions beyond {@code keep} are deleted; the live one never
 * is. Publishers on the same root take turns through a lock file ({@link #locked}).
 */
public final class VersionedDirectory {

  private static final String STAGING = ".staging-";

  /** Writes a complete version into an empty directory. */
  @FunctionalInterface
  public interface Writer {
    void write(Path staging) throws IOException;
  }

  /** Work done while holding the publish lock. */
  @FunctionalInterface
  public interface LockedWork<T> {
    T run() throws IOException;
  }

  private final Path root;
  private final Path versions;
  private final Path current;
  private final SiteValidator validator = new SiteValidator();

  public VersionedDirectory(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.versions = this.root.resolve("versions");
    this.current = this.root.resolve("current");
  }

  /** The live version directory, if any has been published. */
  public Optional<Path> liveVersion() throws IOException {
    if (!Files.isSymbolicLink(current)) {
      return Optional.empty();
    }
    return Optional.of(root.resolve(Files.readSymbolicLink(current)).normalize());
  }

  /** Runs {@code work} holding the root's lock file, after removing stale staging directories. */
  public synchronized <T> T locked(LockedWork<T> work) throws IOException {
    Files.createDirectories(versions);
    try (FileChannel channel =
            FileChannel.open(
                root.resolve(".publish.lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      removeStaleStaging();
      return work.run();
    }
  }

  /**
   * Writes, validates and switches to a new version named {@code name}; call it inside {@link
   * #locked}. Returns the new live version directory.
   */
  public Path publish(String name, Writer writer, int keep) throws IOException {
    Path target = versions.resolve(name);
    Path staging = versions.resolve(STAGING + name);
    try {
      writer.write(staging);
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
    prune(keep, target);
    return target;
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
}
