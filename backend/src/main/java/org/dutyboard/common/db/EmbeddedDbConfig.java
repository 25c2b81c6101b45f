package org.dutyboard.common.db;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The embedded PostgreSQL (started when no {@code quarkus.datasource.jdbc.url} is set). Read from
 * system properties and the environment before Quarkus boots.
 */
@ConfigMapping(prefix = "dutyboard.embedded-db")
public interface EmbeddedDbConfig {
  /** Port of the embedded PostgreSQL; a free port when unset. */
  Optional<Integer> port();

  /**
   * Durable writes (fsync and synchronous_commit on): an acknowledged write survives a power loss.
   * Turn off only for throw-away dev or test databases, where it saves time.
   */
  @WithDefault("true")
  boolean durable();

  /** How often the service checks that its PostgreSQL still runs (and restarts it if not). */
  @WithDefault("PT2S")
  Duration superviseInterval();
}
