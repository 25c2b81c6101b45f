package org.dutyboard.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dutyboard.site.fixtures.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateSiteTest {

  /** The exported sample snapshot, also the README's example. */
  static final Path SNAPSHOT = Golden.DIR.resolve("snapshot.json");

  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return GenerateSite.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void rendersAnExportedSnapshotIntoADirectory() throws Exception {
    Path site = dir.resolve("site");
    assertThat(run("--snapshot", SNAPSHOT.toString(), "--out", site.toString())).isZero();
    assertThat(site.resolve("index.html")).isRegularFile();
    assertThat(site.resolve("api/v2/summary.json")).isRegularFile();
    assertThat(Files.readString(site.resolve("index.html")))
        .isEqualTo(Files.readString(Golden.DIR.resolve("site/index.html")));
  }

  @Test
  void publishesAtomicallyAndSkipsAnUnchangedSnapshot() {
    Path root = dir.resolve("root");
    assertThat(run("--snapshot", SNAPSHOT.toString(), "--out", root.toString(), "--atomic"))
        .isZero();
    assertThat(root.resolve("current/index.html")).isRegularFile();
    assertThat(run("--snapshot", SNAPSHOT.toString(), "--out", root.toString(), "--atomic"))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("published ", "unchanged, still live: ");
  }

  @Test
  void refusesToMixWithAnOldSite() throws Exception {
    Files.writeString(dir.resolve("stale.html"), "old");
    assertThat(run("--snapshot", SNAPSHOT.toString(), "--out", dir.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not empty");
  }

  @Test
  void badUsageExitsWithTwo() {
    assertThat(run("--out", dir.toString())).isEqualTo(2);
    assertThat(run("--snapshot")).isEqualTo(2);
    assertThat(run("--bogus")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
  }

  @Test
  void anInvalidSnapshotFailsWithAMessageNamingTheField() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(SNAPSHOT).replace("\"#6f42c1\"", "\"purple\""));
    assertThat(run("--snapshot", bad.toString(), "--out", dir.resolve("site").toString()))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("branding.accentColor");
  }
}
