package org.dutyboard.site.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the public site looks.
 *
 * @param name shown in the header next to the logo
 * @param logoFile optional path of a local image (svg, png, jpg, webp) that is copied into the site
 *     as {@code assets/logo.<ext>}; null for none
 * @param accentColor {@code #rrggbb}; decorative only (top border, focus ring), never text colour,
 *     so any value keeps the text contrast of the built-in palette
 */
public record Branding(String name, String logoFile, String accentColor) {

  private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final Pattern LOGO = Pattern.compile("(?i).+\\.(svg|png|jpe?g|webp)");

  /** Used when no accent colour is configured. */
  public static final String DEFAULT_ACCENT = "#0b57d0";

  public Branding {
    name = Checks.text(name, "branding.name", Checks.MAX_NAME);
    logoFile = Checks.optionalText(logoFile, "branding.logoFile", 4096);
    if (logoFile != null && !LOGO.matcher(logoFile).matches()) {
      throw new IllegalArgumentException("branding.logoFile must be an svg, png, jpg or webp file");
    }
    accentColor = accentColor == null ? DEFAULT_ACCENT : accentColor;
    if (!COLOR.matcher(accentColor).matches()) {
      throw new IllegalArgumentException("branding.accentColor must look like #1a2b3c");
    }
    accentColor = accentColor.toLowerCase(Locale.ROOT);
  }

  /** Extension of the logo file in lower case ({@code jpeg} becomes {@code jpg}), or null. */
  public String logoExtension() {
    if (logoFile == null) {
      return null;
    }
    String ext = logoFile.substring(logoFile.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return ext.equals("jpeg") ? "jpg" : ext;
  }
}
