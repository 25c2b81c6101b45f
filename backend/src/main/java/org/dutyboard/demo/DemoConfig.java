package org.dutyboard.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The demo data set for first-time users. */
@ConfigMapping(prefix = "dutyboard.demo-data")
public interface DemoConfig {
  /** Load the fictional demo teams, people and rotations at start-up when the database has none. */
  @WithDefault("false")
  boolean enabled();
}
