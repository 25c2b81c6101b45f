package org.dutyboard.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.dutyboard.site.model.Branding;
import org.dutyboard.site.model.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The status site's configuration as an operator writes it (the real {@code
 * dutyboard.status-site.*} keys, read by SmallRye Config): good values reach the site, a bad one is
 * refused with its key and value, which is what stops the service at boot.
 */
class StatusSiteSettingsTest {

  @TempDir Path dir;

  @Test
  void defaultsGiveAnUnbrandedUtcSiteUnderThePublicUrl() {
    SiteConfig site = StatusSiteSettings.siteConfig(config(Map.of()));

    assertThat(site.pageName()).isEqualTo("Dutyboard Status");
    assertThat(site.baseUrl()).isEqualTo(URI.create("http://localhost:8080/status/"));
    assertThat(site.timeZone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(site.branding()).isEqualTo(new Branding("Dutyboard Status", null, null));
    assertThat(site.keepVersions()).isEqualTo(5);
  }

  @Test
  void logoZoneAndAccentColourReachTheSite() throws Exception {
    Path logo = Files.writeString(dir.resolve("logo.svg"), "<svg/>");
    SiteConfig site =
        StatusSiteSettings.siteConfig(
            config(
                Map.of(
                    "dutyboard.status-site.page-name", "ACME Status",
                    "dutyboard.public-url", "https://ops.example.com",
                    "dutyboard.status-site.time-zone", "Europe/Berlin",
                    "dutyboard.status-site.logo", logo.toString(),
                    "dutyboard.status-site.accent-color", "#AA3300",
                    "dutyboard.status-site.keep-versions", "3")));

    assertThat(site.baseUrl()).isEqualTo(URI.create("https://ops.example.com/status/"));
    assertThat(site.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(site.branding().name()).isEqualTo("ACME Status");
    assertThat(site.branding().logoFile()).isEqualTo(logo.toAbsolutePath().toString());
    assertThat(site.branding().accentColor()).isEqualTo("#aa3300");
    assertThat(site.keepVersions()).isEqualTo(3);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "time-zone     | Mars/Olympus",
        "time-zone     | CEST",
        "base-url      | ftp://status.example.com/",
        "base-url      | status.example.com",
        "base-url      | https://status example.com/",
        "accent-color  | red",
        "accent-color  | #12345",
        "keep-versions | 0",
        "keep-versions | 101",
        "logo          | /no/such/logo.svg",
        "page-name     | '  '",
      })
  void aBadValueIsRefusedNamingItsKeyAndValue(String key, String value) {
    Map<String, String> properties = Map.of("dutyboard.status-site." + key, value);

    assertThatThrownBy(() -> StatusSiteSettings.siteConfig(config(properties)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Invalid status site configuration dutyboard.status-site." + key + "='" + value + "'");
  }

  @Test
  void aLogoThatIsNotAnImageOrNotAFileIsRefused() throws Exception {
    Path text = Files.writeString(dir.resolve("logo.txt"), "not an image");

    assertThatThrownBy(() -> StatusSiteSettings.siteConfig(config(logo(text.toString()))))
        .hasMessageContaining("dutyboard.status-site.logo='" + text + "'")
        .hasMessageContaining("svg, png, jpg or webp");
    assertThatThrownBy(() -> StatusSiteSettings.siteConfig(config(logo(dir.toString()))))
        .hasMessageContaining("dutyboard.status-site.logo='" + dir + "'")
        .hasMessageContaining("no readable file");
  }

  private static Map<String, String> logo(String path) {
    return Map.of("dutyboard.status-site.logo", path);
  }

  /** The mapping as the service reads it, with the defaults application.properties sets. */
  private static StatusSiteConfig config(Map<String, String> overrides) {
    Map<String, String> properties = new HashMap<>();
    properties.put("dutyboard.status-site.interval", "off");
    properties.putAll(overrides);
    return new SmallRyeConfigBuilder()
        .addDefaultInterceptors()
        .withMapping(StatusSiteConfig.class)
        .withSources(new PropertiesConfigSource(properties, "test", 500))
        .build()
        .getConfigMapping(StatusSiteConfig.class);
  }
}
