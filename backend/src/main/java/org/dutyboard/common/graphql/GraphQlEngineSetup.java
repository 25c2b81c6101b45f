package org.dutyboard.common.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Installs Dutyboard's {@link QueryLimitsInstrumentation} into the GraphQL engine (SmallRye finds
 * this through {@code META-INF/services}, always enabled). SmallRye's own depth and complexity
 * instrumentations stay unconfigured: its depth limit would refuse the standard introspection query
 * and its complexity limit counts fields, not work. Setting the instrumentation replaces SmallRye's
 * chain, which held only its query cache, so a fresh cache takes its place.
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
    QueryCache cache = new QueryCache();
    return builder
        .instrumentation(
            new ChainedInstrumentation(
                List.of(
                    new QueryLimitsInstrumentation(limits.maxDepth(), limits.maxCost()), cache)))
        .preparsedDocumentProvider(cache);
  }
}
