package org.dutyboard.publish;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The public status site: where it is published, how it is named and branded and how often it is
 * rebuilt. {@link StatusSiteSettings} checks the values once at start-up.
 */
@ConfigMapping(prefix = "dutyboard.status-site")
public interface StatusSiteConfig {
  /** Directory holding {@code current} and {@code versions/}; default {@code <data-dir>/site}. */
  Optional<String> outputDir();

  /** Absolute URL the site is reached at (feeds, shortlinks and calendar use it). */
  @WithDefault("${dutyboard.public-url:http://localhost:8080}/status/")
  String baseUrl();

  /** Title of the page and name in its header. */
  @WithDefault("Dutyboard Status")
  String pageName();

  /** IANA zone for displayed times and uptime day boundaries. */
  @WithDefault("UTC")
  String timeZone();

  /** Path of a local svg, png, jpg or webp logo shown next to the page name; none by default. */
  Optional<String> logo();

  /** Accent colour {@code #rrggbb} (top border, focus ring); the built-in blue by default. */
  Optional<String> accentColor();

  /** How often the scheduled job rebuilds the site (e.g. 5m); {@code off} disables the job. */
  @WithDefault("5m")
  String interval();

  /**
   * Where validated versions are pushed: unset for the output directory only (every replica serves
   * /status/ from the database either way), {@code s3://bucket/prefix} for an S3-compatible store
   * behind a CDN ({@code dutyboard.s3.*}).
   */
  Optional<String> publishTo();

  /** URL POSTed the changed paths after each publish that changed objects (a CDN purge). */
  Optional<String> afterPublishUrl();

  /**
   * {@code Access-Control-Allow-Origin} of every /status/ file, so widgets on other origins can
   * read {@code api/v2/*.json} and the feeds; {@code off} sends none.
   */
  @WithDefault("*")
  String allowOrigin();

  /** How many published versions are kept on disk and in the database (1..100). */
  @WithDefault("5")
  int keepVersions();
}
