package org.dutyboard.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.dutyboard.site.fixtures.RenderedSite;
import org.dutyboard.site.fixtures.SampleSnapshot;
import org.dutyboard.site.model.OverallStatus;
import org.dutyboard.site.model.PublicComponent;
import org.dutyboard.site.model.StatusSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site served over HTTP on localhost and opened in real headless Chromium, as a visitor
 * would see it: it renders, it asks nothing of any other host, and the dark palette applies when
 * the system prefers it. Screenshots (light and dark) are kept in {@code
 * target/browser-artifacts/}.
 *
 * <p>Needs Debian's Chromium ({@code apt-get install -y chromium}). {@code .ci/run} installs it
 * before the build, so CI always runs this test; on a machine without it the test is reported as
 * skipped, like the other checks that talk to a third-party program.
 */
class RealBrowserTest {
  static final Path ARTIFACTS = Path.of("target/browser-artifacts");
  private static final Pattern HEX = Pattern.compile("--bg:\\s*#([0-9a-fA-F]{6})");

  @TempDir static Path work;

  private static StatusSnapshot snapshot;
  private static RenderedSite site;
  private static StaticSiteServer server;
  private static HeadlessChromium chromium;
  private static final List<String> requested = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void openTheSiteInChromium() throws IOException {
    if (!Files.isExecutable(HeadlessChromium.EXECUTABLE)) {
      return; // each test reports itself skipped (requireChromium)
    }
    snapshot = SampleSnapshot.snapshot();
    site = RenderedSite.render(snapshot, work.resolve("site"));
    server = StaticSiteServer.serve(site.dir());
    chromium = HeadlessChromium.launch(work.resolve("chromium"));
    chromium.call("Network.enable", Map.of());
    chromium.onEvent(
        "Network.requestWillBeSent",
        event -> requested.add(event.get("request").get("url").asText()));
    chromium.call(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    Files.createDirectories(ARTIFACTS);
  }

  @BeforeEach
  void requireChromium() {
    Assumptions.assumeTrue(
        chromium != null,
        "skipped: the real-browser test needs "
            + HeadlessChromium.EXECUTABLE
            + " (apt-get install -y chromium; .ci/run installs it)");
  }

  @AfterAll
  static void closeTheBrowser() {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  @Test
  void theHomePageRendersTheBannerAndTheComponentsAndAsksOnlyLocalhost() {
    prefer("light");
    chromium.load(server.url());

    assertThat(chromium.evaluate("document.title").asText())
        .isEqualTo(snapshot.config().pageName());
    String banner = OverallStatus.of(statuses()).description();
    assertThat(chromium.evaluate("document.getElementById('banner').innerText").asText())
        .endsWith(banner);
    String text = chromium.evaluate("document.querySelector('main').innerText").asText();
    for (PublicComponent component : snapshot.components()) {
      if (component.visible()) {
        assertThat(text).as("visible component").contains(component.name());
      } else {
        assertThat(text)
            .as("operational, shown only when degraded")
            .doesNotContain(component.name());
      }
    }
    assertThat(chromium.evaluate("document.styleSheets.length").asInt())
        .as("the local stylesheet loaded")
        .isEqualTo(1);
    assertThat(server.served()).contains("/", "/" + site.asset("site", "css"));

    URI origin = URI.create(server.url());
    assertThat(requested).isNotEmpty();
    assertThat(requested)
        .allSatisfy(
            url -> {
              URI uri = URI.create(url);
              assertThat(uri.getHost()).as(url).isEqualTo(origin.getHost());
              assertThat(uri.getPort()).as(url).isEqualTo(origin.getPort());
            });
  }

  @Test
  void theDarkPaletteAppliesWhenTheSystemPrefersDark() throws IOException {
    String css = site.read(site.asset("site", "css"));
    int darkBlock = css.indexOf("@media (prefers-color-scheme: dark)");
    assertThat(darkBlock).as("the stylesheet has a dark palette").isPositive();
    String light = rgb(css.substring(0, darkBlock));
    String dark = rgb(css.substring(darkBlock));
    assertThat(dark).isNotEqualTo(light);

    prefer("light");
    chromium.load(server.url());
    assertThat(background()).isEqualTo(light);
    BufferedImage lightShot = keep("home-light.png", chromium.screenshot());

    prefer("dark");
    chromium.load(server.url());
    assertThat(background()).isEqualTo(dark);
    BufferedImage darkShot = keep("home-dark.png", chromium.screenshot());

    // The screenshots show it too: the page margin, left of the centred content, is the background.
    assertThat(pixel(lightShot)).isEqualTo(light);
    assertThat(pixel(darkShot)).isEqualTo(dark);
  }

  private static void prefer(String scheme) {
    chromium.call(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  private static String background() {
    return chromium.evaluate("getComputedStyle(document.body).backgroundColor").asText();
  }

  private static List<org.dutyboard.site.model.ComponentStatus> statuses() {
    return snapshot.components().stream().map(PublicComponent::status).toList();
  }

  /** The first {@code --bg: #rrggbb} in a piece of CSS, as the browser reports colours. */
  private static String rgb(String css) {
    Matcher m = HEX.matcher(css);
    assertThat(m.find()).as("--bg in %s", css.substring(0, Math.min(80, css.length()))).isTrue();
    int value = Integer.parseInt(m.group(1), 16);
    return rgb(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
  }

  private static String rgb(int r, int g, int b) {
    return "rgb(" + r + ", " + g + ", " + b + ")";
  }

  private static String pixel(BufferedImage image) {
    int argb = image.getRGB(2, image.getHeight() / 2);
    return rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff);
  }

  private static BufferedImage keep(String name, byte[] png) throws IOException {
    Files.write(ARTIFACTS.resolve(name), png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).as("%s is a PNG", name).isNotNull();
    assertThat(image.getWidth()).isEqualTo(1280);
    return image;
  }
}
