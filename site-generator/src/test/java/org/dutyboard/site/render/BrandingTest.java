package org.dutyboard.site.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dutyboard.site.fixtures.RenderedSite;
import org.dutyboard.site.fixtures.SampleSnapshot;
import org.dutyboard.site.model.Branding;
import org.dutyboard.site.model.SiteConfig;
import org.dutyboard.site.model.StatusSnapshot;
import org.dutyboard.site.publish.SiteValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrandingTest {

  @TempDir Path dir;

  @Test
  void theLogoIsCopiedIntoTheSiteAndShownAsDecorationNextToTheName() throws Exception {
    Path logo =
        Files.writeString(dir.resolve("Logo.SVG"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    RenderedSite site =
        RenderedSite.render(
            withBranding(new Branding("ACME", logo.toString(), "#123abc")), dir.resolve("site"));

    String copy = site.asset("logo", "svg");
    assertThat(site.file(copy)).hasSameTextualContentAs(logo);
    assertThat(site.read("index.html"))
        .contains(
            "<a class=\"brand\" href=\"index.html\"><img src=\""
                + copy
                + "\" alt=\"\" height=\"32\"><span>ACME</span></a>");
    assertThat(site.read("incidents/1.html")).contains("<img src=\"../" + copy + "\"");
    String css = site.asset("site", "css");
    assertThat(site.read("index.html")).contains("<link rel=\"stylesheet\" href=\"" + css + "\">");
    assertThat(site.read(css)).startsWith(":root { --accent: #123abc; }");
    assertThat(new SiteValidator().problems(site.dir())).isEmpty();
  }

  @Test
  void onlyImagesAndRealColoursAreAccepted() {
    assertThatThrownBy(() -> new Branding("ACME", "/etc/passwd", null))
        .hasMessageContaining("branding.logoFile");
    assertThatThrownBy(() -> new Branding("ACME", null, "red;} body{display:none"))
        .hasMessageContaining("branding.accentColor");
  }

  private static StatusSnapshot withBranding(Branding branding) {
    StatusSnapshot s = SampleSnapshot.snapshot();
    SiteConfig c = s.config();
    SiteConfig config =
        new SiteConfig(
            c.pageName(), c.baseUrl(), c.timeZone(), branding, c.uptimeDays(), c.keepVersions());
    return new StatusSnapshot(
        s.generatedAt(),
        s.sourceVersion(),
        config,
        s.groups(),
        s.components(),
        s.incidents(),
        s.maintenances());
  }
}
