package org.dutyboard.maintenance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Scheduled maintenance. */
@ConfigMapping(prefix = "dutyboard.maintenance")
public interface MaintenanceConfig {
  /**
   * How often the job looks for windows to start or complete (e.g. 1m); {@code off} disables it.
   */
  @WithDefault("1m")
  String transitionInterval();
}
