package org.dutyboard.followup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Follow-up task settings. */
@ConfigMapping(prefix = "dutyboard.followup")
public interface FollowUpConfig {
  /** The tags follow-ups may carry (the seeds' incident tags by default). */
  @WithDefault("actionable,follow-up,prevention")
  List<String> tags();
}
