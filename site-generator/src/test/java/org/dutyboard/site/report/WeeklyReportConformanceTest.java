package org.dutyboard.site.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.dutyboard.site.browser.HeadlessChromium;
import org.dutyboard.site.browser.StaticSiteServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The week page with its twelve weeks of trends, checked by third-party tools: the W3C Nu HTML
 * checker (HTML, inline SVG and the stylesheet) and axe-core in real headless Chromium, in the
 * light and the dark palette. Both come from npm ({@code src/test/node/report-checks}, pinned by
 * its lockfile, installed with {@code npm ci} into {@code target/}). Without node/npm or Chromium
 * the checks report themselves skipped; {@code .ci/run} installs them.
 */
class WeeklyReportConformanceTest {
  private static final Path PROJECT = Path.of("src/test/node/report-checks");
  private static final Path WORK = Path.of("target/report-checks");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path site;

  private final WeeklyReportRenderer renderer = new WeeklyReportRenderer();

  @Test
  void theWeekPageStaysWellUnderOneHundredKilobytesGzipped() throws IOException {
    byte[] html = renderer.week(SampleReport.week()).getBytes(StandardCharsets.UTF_8);
    int gzipped = gzip(html) + gzip(renderer.css().getBytes(StandardCharsets.UTF_8));
    System.out.printf(
        "Weekly report week page with 12 weeks of trends: %d bytes, %d bytes gzipped with its"
            + " stylesheet%n",
        html.length, gzipped);
    assertThat(gzipped).isLessThan(20_000);
  }

  @Test
  void theNuHtmlCheckerFindsNoErrorOrWarning() throws Exception {
    installCheckers();
    Path page = writeSite();
    Path css = site.resolve(renderer.cssPath());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String out =
        run(
            WORK,
            java,
            "-jar",
            "node_modules/vnu-jar/build/dist/vnu.jar",
            "--format",
            "json",
            "--exit-zero-always",
            "--also-check-css",
            page.toAbsolutePath().toString(),
            css.toAbsolutePath().toString());
    JsonNode messages = JSON.readTree(out).path("messages");
    List<String> problems = new ArrayList<>();
    messages.forEach(
        m ->
            problems.add(
                m.path("type").asText()
                    + " "
                    + m.path("subType").asText()
                    + ": "
                    + m.path("message").asText()
                    + " at line "
                    + m.path("lastLine").asText()));
    assertThat(problems).isEmpty();
  }

  @Test
  void axeFindsNoViolationInTheLightOrTheDarkPalette() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(HeadlessChromium.EXECUTABLE),
        "skipped: axe-core runs in " + HeadlessChromium.EXECUTABLE + " (.ci/run installs it)");
    installCheckers();
    writeSite();
    String axe = Files.readString(WORK.resolve("node_modules/axe-core/axe.min.js"));
    try (StaticSiteServer server = StaticSiteServer.serve(site);
        HeadlessChromium chromium = HeadlessChromium.launch(site.resolve("chromium"))) {
      for (String scheme : List.of("light", "dark")) {
        chromium.call(
            "Emulation.setEmulatedMedia",
            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        chromium.load(server.url() + "sre-core/2026-03-30.html");
        chromium.evaluate(axe + ";true");
        JsonNode violations =
            chromium.evaluateAsync(
                "axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map("
                    + "v => v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target).join(' ')))");
        assertThat(violations.isArray()).as("axe ran").isTrue();
        assertThat(violations).as("axe violations in the %s palette", scheme).isEmpty();
        assertThat(chromium.evaluate("document.querySelectorAll('svg[role=img]').length").asInt())
            .isEqualTo(6);
      }
    }
  }

  /** The week page, its stylesheet and the two indexes, as the archive lays them out. */
  private Path writeSite() throws IOException {
    Path page = site.resolve("sre-core/2026-03-30.html");
    Files.createDirectories(page.getParent());
    Files.writeString(page, renderer.week(SampleReport.week()));
    Path css = site.resolve(renderer.cssPath());
    Files.createDirectories(css.getParent());
    Files.writeString(css, renderer.css());
    List<ReportEntry> entries = List.of(ReportEntry.of(SampleReport.week()));
    Files.writeString(site.resolve("index.html"), renderer.index(entries));
    Files.writeString(site.resolve("sre-core/index.html"), renderer.team(entries));
    return page;
  }

  private static void installCheckers() throws Exception {
    Assumptions.assumeTrue(
        onPath("node") && onPath("npm"), "skipped: the report checkers come from npm");
    Files.createDirectories(WORK);
    for (String file : List.of("package.json", "package-lock.json")) {
      Files.copy(PROJECT.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isRegularFile(WORK.resolve("node_modules/vnu-jar/build/dist/vnu.jar"))
        || !Files.isRegularFile(WORK.resolve("node_modules/axe-core/axe.min.js"))) {
      run(WORK, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
    }
  }

  private static String run(Path dir, String... command) throws Exception {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + ": " + err).isZero();
    // vnu writes its JSON to stderr
    return out.length > 0 ? new String(out, StandardCharsets.UTF_8) : err;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null
        && Arrays.stream(path.split(File.pathSeparator))
            .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }

  private static int gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.size();
  }
}
