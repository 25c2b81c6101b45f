package org.dutyboard.site.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dutyboard.site.model.Branding;
import org.dutyboard.site.model.SiteConfig;

/**
 * The status site's static assets under their content-hashed names ({@link AssetNames}).
 *
 * @param stylesheet the stylesheet's text: the accent colour variable, then the static rules
 * @param stylesheetPath site path of the stylesheet, e.g. {@code assets/site.3fa2c1d9e0b4.css}
 * @param logoPath site path of the logo copy, or null without a logo
 * @param logo the logo's bytes (read once, so name and content always match), or null
 */
record SiteAssets(String stylesheet, String stylesheetPath, String logoPath, byte[] logo) {

  static SiteAssets of(SiteConfig config) {
    Branding branding = config.branding();
    String css = ":root { --accent: " + branding.accentColor() + "; }\n" + staticRules();
    String logoPath = null;
    byte[] logo = null;
    if (branding.logoFile() != null) {
      try {
        logo = Files.readAllBytes(Path.of(branding.logoFile()));
        logoPath = AssetNames.hashed("logo", branding.logoExtension(), logo);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new SiteAssets(css, AssetNames.hashed("site", "css", css), logoPath, logo);
  }

  private static String staticRules() {
    try (InputStream css =
        SiteAssets.class.getResourceAsStream("/templates/status-site/site.css")) {
      return new String(css.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
