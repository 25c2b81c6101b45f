package org.dutyboard.common.graphql;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The GraphQL query-result cache ({@link GraphQlResultCache}; docs/api.md, "Result cache"). */
@ConfigMapping(prefix = "dutyboard.graphql.result-cache")
public interface ResultCacheConfig {
  /** Whether answers of successful queries are kept and repeated queries answered from memory. */
  @WithDefault("true")
  boolean enabled();

  /**
   * Longest a kept answer is served with no data change: how far behind the clock an answer that
   * depends on the time (who is on call now) can be. Concurrent identical requests share one
   * execution started less than this long before they arrived.
   */
  @WithDefault("PT1S")
  Duration maxAge();

  /** Memory for kept answers (response bytes plus keys); the least used go first. */
  @WithDefault("32M")
  MemorySize maxBytes();
}
