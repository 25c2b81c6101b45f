package org.dutyboard.site.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.ZoneId;

/**
 * Configuration of the public status site.
 *
 * @param pageName title of the page, e.g. "Example Status"
 * @param baseUrl absolute http(s) URL the site is served from; normalised to end with "/". Feeds,
 *     shortlinks and the calendar use it; HTML links stay relative so the site also works from disk
 * @param timeZone zone for displayed times and for uptime day boundaries
 * @param branding header name, logo and accent colour
 * @param uptimeDays how many days the uptime bars cover (1..366, default 90)
 * @param keepVersions how many published versions the publisher keeps (1..100, default 5)
 */
public record SiteConfig(
    String pageName,
    URI baseUrl,
    ZoneId timeZone,
    Branding branding,
    int uptimeDays,
    int keepVersions) {

  public static final int DEFAULT_UPTIME_DAYS = 90;
  public static final int DEFAULT_KEEP_VERSIONS = 5;

  public SiteConfig {
    pageName = Checks.text(pageName, "config.pageName", Checks.MAX_NAME);
    Checks.required(baseUrl, "config.baseUrl");
    String scheme = baseUrl.getScheme();
    if (!baseUrl.isAbsolute()
        || !("https".equals(scheme) || "http".equals(scheme))
        || baseUrl.getHost() == null
        || baseUrl.getQuery() != null
        || baseUrl.getFragment() != null) {
      throw new IllegalArgumentException("config.baseUrl must be an absolute http(s) URL");
    }
    if (!baseUrl.getPath().endsWith("/")) {
      baseUrl = URI.create(baseUrl + "/");
    }
    Checks.required(timeZone, "config.timeZone");
    Checks.required(branding, "config.branding");
    if (uptimeDays < 1 || uptimeDays > 366) {
      throw new IllegalArgumentException("config.uptimeDays must be between 1 and 366");
    }
    if (keepVersions < 1 || keepVersions > 100) {
      throw new IllegalArgumentException("config.keepVersions must be between 1 and 100");
    }
  }

  /** A configuration with the default uptime window and number of kept versions. */
  public static SiteConfig withDefaults(
      String pageName, URI baseUrl, ZoneId timeZone, Branding branding) {
    return new SiteConfig(
        pageName, baseUrl, timeZone, branding, DEFAULT_UPTIME_DAYS, DEFAULT_KEEP_VERSIONS);
  }

  /** JSON creator: the two numbers are optional in an exported snapshot. */
  @JsonCreator
  static SiteConfig fromJson(
      @JsonProperty("pageName") String pageName,
      @JsonProperty("baseUrl") URI baseUrl,
      @JsonProperty("timeZone") ZoneId timeZone,
      @JsonProperty("branding") Branding branding,
      @JsonProperty("uptimeDays") Integer uptimeDays,
      @JsonProperty("keepVersions") Integer keepVersions) {
    return new SiteConfig(
        pageName,
        baseUrl,
        timeZone,
        branding,
        uptimeDays == null ? DEFAULT_UPTIME_DAYS : uptimeDays,
        keepVersions == null ? DEFAULT_KEEP_VERSIONS : keepVersions);
  }

  /** Stable page id for the Statuspage JSON: the host name of the base URL. */
  public String pageId() {
    return baseUrl.getHost();
  }

  /** Absolute URL of a site-relative path such as {@code incidents/abc.html}. */
  public String absolute(String sitePath) {
    return baseUrl + sitePath;
  }
}
