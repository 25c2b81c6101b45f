package org.dutyboard.site.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Recursive delete that never follows symlinks out of the tree. */
final class Directories {

  private Directories() {}

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Best effort: a failure is attached to {@code primary} when there is one, else ignored. */
  static void deleteQuietly(Path dir, Throwable primary) {
    try {
      delete(dir);
    } catch (IOException e) {
      if (primary != null) {
        primary.addSuppressed(e);
      }
    }
  }
}
