package org.dutyboard.rotation.schedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of schedule queries. */
@ConfigMapping(prefix = "dutyboard.schedule")
public interface ScheduleConfig {
  /** Longest range, in days, that one {@code schedule} query may expand. */
  @WithDefault("366")
  int maxRangeDays();
}
