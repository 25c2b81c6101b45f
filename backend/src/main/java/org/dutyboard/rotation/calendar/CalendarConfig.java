package org.dutyboard.rotation.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What calendar feeds cover. */
@ConfigMapping(prefix = "dutyboard.calendar")
public interface CalendarConfig {
  /** How many weeks of past shifts a feed includes. */
  @WithDefault("8")
  int pastWeeks();

  /** How many weeks of future shifts a feed includes. */
  @WithDefault("26")
  int futureWeeks();
}
