package org.dutyboard.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dutyboard.site.fixtures.Golden;
import org.dutyboard.site.fixtures.RenderedSite;
import org.dutyboard.site.fixtures.SampleSnapshot;
import org.dutyboard.site.model.SnapshotJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixed sample snapshot renders to exactly the committed golden files. Update them with {@code
 * ./mvnw -B -pl site-generator verify -Ddutyboard.golden.update=true}.
 */
class GoldenFilesTest {

  @TempDir static Path dir;
  static RenderedSite site;

  @BeforeAll
  static void render() {
    site = RenderedSite.render(SampleSnapshot.snapshot(), dir.resolve("site"));
  }

  static List<String> goldenOutputs() throws IOException {
    Path root = dir.resolve("site");
    try (Stream<Path> files = Files.walk(root)) {
      List<String> json =
          files
              .filter(p -> p.toString().endsWith(".json"))
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
      return Stream.concat(Stream.of("index.html", "incidents/3.html"), json.stream()).toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenOutputs")
  void outputMatchesItsGoldenFile(String path) throws IOException {
    Golden.assertMatches("site/" + path, Files.readAllBytes(site.file(path)));
  }

  @Test
  void everyJsonFileOfTheStatuspageApiIsCovered() throws IOException {
    assertThat(goldenOutputs())
        .contains(
            "api/v2/summary.json",
            "api/v2/status.json",
            "api/v2/components.json",
            "api/v2/incidents.json",
            "api/v2/incidents/unresolved.json",
            "api/v2/scheduled-maintenances.json",
            "api/v2/scheduled-maintenances/upcoming.json",
            "api/v2/scheduled-maintenances/active.json",
            "generated.json");
  }

  /** The exported snapshot doubles as the CLI example in the README. */
  @Test
  void exportedSnapshotMatchesItsGoldenFile() throws IOException {
    Golden.assertMatches(
        "snapshot.json",
        SnapshotJson.write(SampleSnapshot.snapshot()).getBytes(StandardCharsets.UTF_8));
  }
}
