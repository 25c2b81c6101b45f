package org.dutyboard.common.graphql;

import graphql.GraphQL;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Installs Dutyboard's {@link QueryLimitsInstrumentation} into the GraphQL engine (SmallRye finds
 * this through {@code META-INF/services}, always enabled). SmallRye's own depth and complexity
 * instrumentations stay unconfigured: its depth limit would refuse the standard introspection query
 * and its complexity limit counts fields, not work. SmallRye's own chain (its query cache) keeps
 * working inside ours ({@link QueryLimitsInstrumentation#around}): SmallRye parses each document
 * through that same cache before graphql-java runs, so a separate cache would cost one parse per
 * request. Also fires {@link #afterExecute} for the result cache.
 */
public class GraphQlEngineSetup implements EventingService {
  @Override
  public String getConfigKey() {
    return null;
  }

  @Override
  public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
    QueryLimitsConfig limits =
        ConfigProvider.getConfig()
            .unwrap(SmallRyeConfig.class)
            .getConfigMapping(QueryLimitsConfig.class);
    // The builder has no getters; a throw-away build reads the chain SmallRye set (once, at boot).
    var smallRyeChain = builder.build().getInstrumentation();
    return builder.instrumentation(
        QueryLimitsInstrumentation.around(smallRyeChain, limits.maxDepth(), limits.maxCost()));
  }

  /**
   * SmallRye fires this once the document has parsed; it answers an unparseable document itself,
   * before graphql-java and any instrumentation run, so this is how the HTTP layer tells them
   * apart.
   */
  @Override
  public void beforeExecute(Context context) {
    GraphQlHttp.markDocumentParsed();
  }

  /** Fired with the result before the engine writes it: the result cache keeps it from here. */
  @Override
  public void afterExecute(Context context) {
    GraphQlHttp.markExecuted(context);
  }
}
