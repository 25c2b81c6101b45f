package org.dutyboard.site.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.dutyboard.site.fixtures.SampleSnapshot;
import org.dutyboard.site.model.SiteConfig;
import org.dutyboard.site.model.StatusSnapshot;
import org.dutyboard.site.render.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicPublisherTest {

  @TempDir Path root;

  private final StatusSnapshot snapshot = SampleSnapshot.snapshot();

  @Test
  void publishesAVersionAndPointsCurrentAtIt() throws IOException {
    PublishResult result = new AtomicPublisher(root).publish(snapshot);

    assertThat(result.published()).isTrue();
    Path current = root.resolve("current");
    assertThat(Files.isSymbolicLink(current)).isTrue();
    assertThat(Files.readSymbolicLink(current))
        .isEqualTo(Path.of("versions").resolve(result.version().getFileName()));
    assertThat(current.resolve("index.html")).isRegularFile();
    assertThat(Files.readString(current.resolve("generated.json"))).contains(result.contentHash());
    assertThat(versions()).containsExactly(result.version().getFileName().toString());
  }

  @Test
  void anUnchangedSnapshotIsNotRewritten() throws IOException {
    AtomicPublisher publisher = new AtomicPublisher(root);
    PublishResult first = publisher.publish(snapshot);
    var modified = Files.getLastModifiedTime(first.version().resolve("index.html"));

    // Same content an hour later the same day: nothing to do.
    PublishResult again =
        publisher.publish(
            snapshot.withGeneratedAt(snapshot.generatedAt().plus(Duration.ofHours(1))));

    assertThat(again.published()).isFalse();
    assertThat(again.version()).isEqualTo(first.version());
    assertThat(Files.getLastModifiedTime(first.version().resolve("index.html")))
        .isEqualTo(modified);
    assertThat(versions()).hasSize(1);
  }

  @Test
  void changedContentPublishesANewVersion() throws IOException {
    AtomicPublisher publisher = new AtomicPublisher(root);
    PublishResult first = publisher.publish(snapshot);
    PublishResult second = publisher.publish(withSourceVersion("backend-1.4.1"));

    assertThat(second.published()).isTrue();
    assertThat(second.version()).isNotEqualTo(first.version());
    assertThat(publisher.liveVersion()).contains(second.version());
    assertThat(first.version().resolve("index.html")).as("previous version is kept").exists();
  }

  @Test
  void aRenderingThatFailsMidwayLeavesThePreviousSiteUntouchedAndNoHalfVersion()
      throws IOException {
    PublishResult good = new AtomicPublisher(root).publish(snapshot);
    String liveIndex = Files.readString(root.resolve("current/index.html"));
    SiteRenderer real = new SiteRenderer();
    AtomicPublisher failing =
        new AtomicPublisher(
            root,
            (s, dir) -> {
              real.render(s, dir); // writes a complete site...
              Files.writeString(dir.resolve("index.html"), "half"); // ...starts overwriting...
              throw new IOException("disk full"); // ...and dies.
            });

    assertThatThrownBy(() -> failing.publish(withSourceVersion("backend-2.0.0")))
        .isInstanceOf(PublishException.class)
        .hasMessageContaining("site generation failed")
        .hasRootCauseMessage("disk full");

    assertThat(failing.liveVersion()).contains(good.version());
    assertThat(Files.readString(root.resolve("current/index.html"))).isEqualTo(liveIndex);
    assertThat(versions()).containsExactly(good.version().getFileName().toString());
    assertThat(hiddenEntries()).as("no staging directory or temporary link left").isEmpty();
  }

  @Test
  void anInvalidSiteIsNotPublished() throws IOException {
    PublishResult good = new AtomicPublisher(root).publish(snapshot);
    SiteRenderer real = new SiteRenderer();
    AtomicPublisher broken =
        new AtomicPublisher(
            root,
            (s, dir) -> {
              real.render(s, dir);
              Files.delete(dir.resolve("history/index.html"));
              Files.writeString(dir.resolve("api/v2/status.json"), "{\"page\": ");
            });

    assertThatThrownBy(() -> broken.publish(withSourceVersion("backend-2.0.0")))
        .isInstanceOfSatisfying(
            PublishException.class,
            e ->
                assertThat(e.problems())
                    .anyMatch(p -> p.contains("api/v2/status.json"))
                    .anyMatch(p -> p.contains("broken link ../history/index.html")));
    assertThat(broken.liveVersion()).contains(good.version());
    assertThat(versions()).hasSize(1);
  }

  @Test
  void keepsOnlyTheConfiguredNumberOfVersions() throws IOException {
    AtomicPublisher publisher = new AtomicPublisher(root);
    SiteConfig c = snapshot.config();
    SiteConfig keepTwo =
        new SiteConfig(c.pageName(), c.baseUrl(), c.timeZone(), c.branding(), c.uptimeDays(), 2);
    PublishResult last = null;
    for (int i = 0; i < 4; i++) {
      last =
          publisher.publish(
              new StatusSnapshot(
                  snapshot.generatedAt().plusSeconds(i),
                  "v" + i,
                  keepTwo,
                  snapshot.groups(),
                  snapshot.components(),
                  snapshot.incidents(),
                  snapshot.maintenances()));
    }
    assertThat(versions()).hasSize(2).last().isEqualTo(last.version().getFileName().toString());
    assertThat(publisher.liveVersion()).contains(last.version());
  }

  @Test
  void leftoversOfAnInterruptedRunAreCleanedUp() throws IOException {
    Path stale = Files.createDirectories(root.resolve("versions/.staging-crashed/incidents"));
    Files.writeString(stale.resolve("1.html"), "half");

    new AtomicPublisher(root).publish(snapshot);

    assertThat(root.resolve("versions/.staging-crashed")).doesNotExist();
  }

  private static StatusSnapshot withSourceVersion(String version) {
    return SampleSnapshot.withSourceVersion(version);
  }

  private List<String> versions() throws IOException {
    try (Stream<Path> list = Files.list(root.resolve("versions"))) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    }
  }

  private List<String> hiddenEntries() throws IOException {
    try (Stream<Path> a = Files.list(root.resolve("versions"));
        Stream<Path> b = Files.list(root)) {
      return Stream.concat(a, b)
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".") && !n.equals(".publish.lock"))
          .toList();
    }
  }
}
