package org.dutyboard.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.dutyboard.site.fixtures.RenderedSite;
import org.dutyboard.site.fixtures.SampleSnapshot;
import org.dutyboard.site.model.StatusSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

  @TempDir Path dir;

  @Test
  void theSameSnapshotGivesTheSameBytesInEveryFileWhateverTheInputOrder() throws IOException {
    StatusSnapshot snapshot = SampleSnapshot.snapshot();
    StatusSnapshot shuffled =
        new StatusSnapshot(
            snapshot.generatedAt(),
            snapshot.sourceVersion(),
            snapshot.config(),
            reversed(snapshot.groups()),
            reversed(snapshot.components()),
            reversed(snapshot.incidents()),
            reversed(snapshot.maintenances()));
    RenderedSite first = RenderedSite.render(snapshot, dir.resolve("a"));
    RenderedSite second = RenderedSite.render(shuffled, dir.resolve("b"));

    List<String> files = files(first.dir());
    assertThat(files).isEqualTo(files(second.dir())).hasSizeGreaterThan(20);
    for (String file : files) {
      assertThat(Files.readAllBytes(second.file(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(first.file(file)));
    }
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new java.util.ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }
}
