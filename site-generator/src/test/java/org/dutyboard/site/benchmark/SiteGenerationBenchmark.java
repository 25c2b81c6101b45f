package org.dutyboard.site.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.dutyboard.site.model.StatusSnapshot;
import org.dutyboard.site.publish.AtomicPublisher;
import org.dutyboard.site.publish.PublishResult;
import org.dutyboard.site.publish.SiteValidator;
import org.dutyboard.site.render.SiteRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not part of the normal build. Run with {@code ./mvnw -B -pl site-generator verify -Pbenchmark}:
 * 10,000 incidents with 100,000 updates on 50 components, rendered cold and then published
 * atomically (render + validate + switch). Budget: {@code -Ddutyboard.benchmark.budget-seconds}
 * (default 10).
 */
@Tag("benchmark")
class SiteGenerationBenchmark {

  @TempDir Path dir;

  /** CPU time of this JVM (all threads): unlike wall time, not inflated by other processes. */
  private static long cpuMillis() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime() / 1_000_000
        : -1;
  }

  @Test
  void tenThousandIncidentsWithinBudget() throws Exception {
    long budgetMillis = Long.getLong("dutyboard.benchmark.budget-seconds", 10) * 1000;
    StatusSnapshot snapshot = BenchmarkSnapshot.create(50, 10_000, 10);
    assertThat(snapshot.incidents().stream().mapToInt(i -> i.updates().size()).sum())
        .isEqualTo(100_000);

    long cpuBefore = cpuMillis();
    long start = System.nanoTime();
    new SiteRenderer().render(snapshot, dir.resolve("cold"));
    long renderMillis = (System.nanoTime() - start) / 1_000_000;
    long renderCpu = cpuMillis() - cpuBefore;

    start = System.nanoTime();
    int problems = new SiteValidator().problems(dir.resolve("cold")).size();
    long validateMillis = (System.nanoTime() - start) / 1_000_000;

    start = System.nanoTime();
    PublishResult result = new AtomicPublisher(dir.resolve("root")).publish(snapshot);
    long publishMillis = (System.nanoTime() - start) / 1_000_000;

    long files;
    try (var walk = Files.walk(result.version())) {
      files = walk.filter(Files::isRegularFile).count();
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(Files.readAllBytes(result.version().resolve("index.html")));
    }
    System.out.printf(
        "BENCHMARK cold render %d ms (process CPU %d ms), validate %d ms, full atomic publish"
            + " %d ms; %d files; home page %d bytes gzipped; %d cores, load average %.1f%n",
        renderMillis,
        renderCpu,
        validateMillis,
        publishMillis,
        files,
        gz.size(),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    assertThat(problems).isZero();
    assertThat(result.published()).isTrue();
    assertThat(renderMillis + validateMillis).isLessThan(budgetMillis);
    assertThat(publishMillis).isLessThan(budgetMillis);
  }
}
