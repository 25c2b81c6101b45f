package org.dutyboard.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.SelectedField;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What resolvers see through the engine's instrumentation, on a real graphql-java engine. */
class EngineInstrumentationTest {
  private static final Instrumentation NONE = SimplePerformantInstrumentation.INSTANCE;
  private final List<DataFetchingEnvironment> seen = new ArrayList<>();

  private final GraphQLSchema schema =
      new SchemaGenerator()
          .makeExecutableSchema(
              new SchemaParser()
                  .parse(
                      """
                      type Query { incident(id: ID!): Incident }
                      type Incident { id: ID! title: String! timeline: [Entry!]! }
                      type Entry { text: String! }
                      """),
              RuntimeWiring.newRuntimeWiring()
                  .type(
                      "Query",
                      query ->
                          query.dataFetcher(
                              "incident",
                              env -> {
                                seen.add(env);
                                return Map.of(
                                    "id",
                                    env.getArgument("id"),
                                    "title",
                                    "Database down",
                                    "timeline",
                                    List.of(Map.of("text", "paged")));
                              }))
                  .build());

  private static final String QUERY = "{ incident(id: \"7\") { id title timeline { text } } }";

  @Test
  void resolversGetTheEngineEnvironmentWithoutTheSelectionSet() {
    ExecutionResult result = run(EngineInstrumentation.around(NONE, 9, 99));

    assertThat(result.getErrors()).isEmpty();
    assertThat(result.<Map<String, Object>>getData())
        .isEqualTo(
            Map.of(
                "incident",
                Map.of(
                    "id",
                    "7",
                    "title",
                    "Database down",
                    "timeline",
                    List.of(Map.of("text", "paged")))));
    DataFetchingEnvironment env = seen.get(0);
    assertThat(env.getSelectionSet().getFields()).isEmpty();
    assertThat(env.getSelectionSet().contains("title")).isFalse();
    assertThat((String) env.getArgument("id")).isEqualTo("7");
    assertThat(env.getField().getName()).isEqualTo("incident");
    assertThat(env.getExecutionStepInfo().getPath().toString()).isEqualTo("/incident");
  }

  @Test
  void withoutTheInstrumentationTheSameResolverSeesItsSelection() {
    run(NONE);

    assertThat(seen.get(0).getSelectionSet().getFields())
        .extracting(SelectedField::getQualifiedName)
        .containsExactly("id", "title", "timeline", "timeline/text");
  }

  private ExecutionResult run(Instrumentation instrumentation) {
    return GraphQL.newGraphQL(schema).instrumentation(instrumentation).build().execute(QUERY);
  }
}
