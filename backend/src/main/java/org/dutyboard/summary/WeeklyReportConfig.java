package org.dutyboard.summary;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The weekly duty report: where it is published and when weeks are produced. */
@ConfigMapping(prefix = "dutyboard.weekly-report")
public interface WeeklyReportConfig {
  /**
   * Directory holding {@code current} and {@code versions/}; default {@code <data-dir>/reports}.
   */
  Optional<String> outputDir();

  /**
   * Where validated versions are published: unset for the output directory (served at /reports/),
   * {@code s3://bucket/prefix} for an S3-compatible store ({@code dutyboard.s3.*}).
   */
  Optional<String> publishTo();

  /** How often the scheduled job looks for weeks to produce (e.g. 15m); {@code off} disables it. */
  @WithDefault("15m")
  String interval();

  /** How long after a meeting boundary the week before it is produced (late notes still count). */
  @WithDefault("PT30M")
  Duration delay();

  /** How many weeks back the job produces weeks that are missing (1..520). */
  @WithDefault("12")
  int horizonWeeks();

  /** How many published versions are kept on disk (at least 1; each holds every week). */
  @WithDefault("3")
  int keepVersions();
}
