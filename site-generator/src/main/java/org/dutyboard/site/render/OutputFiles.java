package org.dutyboard.site.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Writes outputs below one directory, creating parent directories as needed. */
final class OutputFiles {

  private final Path root;

  /** Directories known to exist: asking the file system again for each of 10,000 files is slow. */
  private final Set<Path> directories = ConcurrentHashMap.newKeySet();

  OutputFiles(Path root) {
    this.root = root;
  }

  Path resolve(String sitePath) throws IOException {
    Path file = root.resolve(sitePath).normalize();
    if (!file.startsWith(root)) {
      throw new IllegalArgumentException("path escapes the output directory: " + sitePath);
    }
    Path parent = file.getParent();
    if (!directories.contains(parent)) {
      Files.createDirectories(parent);
      directories.add(parent);
    }
    return file;
  }

  void write(String sitePath, String content) throws IOException {
    Files.writeString(resolve(sitePath), content, StandardCharsets.UTF_8);
  }

  OutputStream open(String sitePath) throws IOException {
    return Files.newOutputStream(resolve(sitePath));
  }
}
