package org.dutyboard.summary;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import org.dutyboard.common.NonNegativeInt;

/** The weekly SRE meeting summary; checked at start-up (a negative value stops the service). */
@ConfigMapping(prefix = "dutyboard.summary")
public interface WeeklySummaryConfig {
  /**
   * Days after an incident's resolution within which its required report is due; a report still not
   * in review or published after more days than this is overdue (0 or more).
   */
  @WithDefault("5")
  @WithConverter(NonNegativeInt.class)
  int reportDueDays();
}
