package org.dutyboard.common.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits every GraphQL operation must fit before it runs (see {@link QueryCost}). */
@ConfigMapping(prefix = "dutyboard.graphql")
public interface QueryLimitsConfig {
  /**
   * Deepest field nesting of an operation; introspection ({@code __schema}, {@code __type}) is
   * exempt.
   */
  @WithDefault("10")
  int maxDepth();

  /** Cost budget of one operation: 1 per field plus the documented extra of expensive fields. */
  @WithDefault("500")
  int maxCost();
}
