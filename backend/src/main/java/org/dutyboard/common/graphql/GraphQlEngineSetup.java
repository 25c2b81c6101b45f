package org.dutyboard.common.graphql;

import static graphql.schema.visibility.DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY;

import graphql.GraphQL;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Installs Dutyboard's {@link EngineInstrumentation} into the GraphQL engine (SmallRye finds this
 * through {@code META-INF/services}, always enabled). SmallRye's own depth and complexity
 * instrumentations stay unconfigured: its depth limit would refuse the standard introspection query
 * and its complexity limit counts fields, not work. SmallRye's own chain (its query cache) keeps
 * working inside ours ({@link EngineInstrumentation#around}): SmallRye parses each document through
 * that same cache before graphql-java runs, so a separate cache would cost one parse per request.
 * Also fires {@link #afterExecute} for the result cache.
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
    // The builder has no getters; a throw-away build reads what SmallRye set (once, at boot).
    GraphQL engine = builder.build();
    builder.instrumentation(
        EngineInstrumentation.around(
            engine.getInstrumentation(), limits.maxDepth(), limits.maxCost()));
    return withoutEmptyBlockList(builder, engine.getGraphQLSchema());
  }

  /**
   * SmallRye turns the field visibility {@code default} (nothing hidden) into a block list whose
   * one pattern, "default", graphql-java matches as a regular expression against every field it
   * resolves: 3% of onCall's CPU for a list that blocks nothing. graphql-java's own default
   * visibility takes its place; a configured block list or {@code no-introspection} stays.
   */
  private static GraphQL.Builder withoutEmptyBlockList(
      GraphQL.Builder builder, GraphQLSchema schema) {
    if (!"default".equals(io.smallrye.graphql.spi.config.Config.get().getFieldVisibility())) {
      return builder;
    }
    GraphQLCodeRegistry registry =
        schema.getCodeRegistry().transform(code -> code.fieldVisibility(DEFAULT_FIELD_VISIBILITY));
    return builder.schema(schema.transformWithoutTypes(s -> s.codeRegistry(registry)));
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
