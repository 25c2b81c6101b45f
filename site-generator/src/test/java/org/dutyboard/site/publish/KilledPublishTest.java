package org.dutyboard.site.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dutyboard.site.fixtures.SampleSnapshot;
import org.dutyboard.site.model.StatusSnapshot;
import org.dutyboard.site.render.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publishing process killed with {@code kill -9} halfway through writing a new version (a real
 * child JVM, no shutdown hook runs): {@code current} still serves the old site untouched, and the
 * next publish cleans up the half-written version and goes live.
 */
class KilledPublishTest {
  @TempDir Path root;

  @Test
  void aPublisherKilledMidWriteLeavesTheOldSiteServedAndTheNextPublishSucceeds() throws Exception {
    StatusSnapshot snapshot = SampleSnapshot.snapshot();
    PublishResult good = new AtomicPublisher(root).publish(snapshot);
    String liveIndex = Files.readString(root.resolve("current/index.html"));

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HalfWritingPublisher.class.getName(),
                root.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = out.readLine();
      } while (line != null && !line.equals(HalfWritingPublisher.HALFWAY));
      assertThat(line).as("child reached the middle of its write").isNotNull();
    }
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(hidden()).as("the killed publish left its staging directory").isNotEmpty();
    assertThat(new AtomicPublisher(root).liveVersion()).contains(good.version());
    assertThat(Files.readString(root.resolve("current/index.html"))).isEqualTo(liveIndex);

    PublishResult next =
        new AtomicPublisher(root).publish(SampleSnapshot.withSourceVersion("backend-after-crash"));
    assertThat(next.published()).isTrue();
    assertThat(Files.readSymbolicLink(root.resolve("current")).getFileName())
        .isEqualTo(next.version().getFileName());
    assertThat(hidden()).as("stale staging directory removed").isEmpty();
  }

  private List<String> hidden() throws IOException {
    try (Stream<Path> list = Files.list(root.resolve("versions"))) {
      return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  /** Child process: starts publishing a changed site, stops halfway and waits to be killed. */
  public static final class HalfWritingPublisher {
    static final String HALFWAY = "halfway";

    public static void main(String[] args) throws Exception {
      SiteRenderer real = new SiteRenderer();
      new AtomicPublisher(
              Path.of(args[0]),
              (s, dir) -> {
                real.render(s, dir);
                Files.writeString(dir.resolve("index.html"), "half");
                System.out.println(HALFWAY);
                System.out.flush();
                try {
                  Thread.sleep(120_000);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              })
          .publish(SampleSnapshot.withSourceVersion("backend-killed"));
    }
  }
}
