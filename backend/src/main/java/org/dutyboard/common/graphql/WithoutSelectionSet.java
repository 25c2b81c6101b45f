package org.dutyboard.common.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.SelectedField;
import java.util.List;
import java.util.Map;

/**
 * The environment of a resolver ({@code @Query}, {@code @Mutation}, {@code @Source} methods) with
 * an empty selection set. SmallRye reads the selection set of every resolver it calls to fill
 * {@code Context.getSelectedFields()} as JSON, twice, which makes graphql-java build the normalized
 * form of the operation and a path for every field under the resolver: a fifth of the memory the
 * incident dashboard allocated, and with it gone the full collections under load fell from one
 * every 2 s to a few a run (docs/benchmarks.md). No Dutyboard code reads a selection set ({@code
 * ArchitectureTest} keeps it so); everything else is the engine's own environment.
 */
final class WithoutSelectionSet extends DelegatingDataFetchingEnvironment {
  WithoutSelectionSet(DataFetchingEnvironment environment) {
    super(environment);
  }

  @Override
  public DataFetchingFieldSelectionSet getSelectionSet() {
    return NONE;
  }

  private static final DataFetchingFieldSelectionSet NONE =
      new DataFetchingFieldSelectionSet() {
        @Override
        public boolean contains(String glob) {
          return false;
        }

        @Override
        public boolean containsAnyOf(String glob, String... more) {
          return false;
        }

        @Override
        public boolean containsAllOf(String glob, String... more) {
          return false;
        }

        @Override
        public List<SelectedField> getFields() {
          return List.of();
        }

        @Override
        public List<SelectedField> getImmediateFields() {
          return List.of();
        }

        @Override
        public List<SelectedField> getFields(String glob, String... more) {
          return List.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
          return Map.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(
            String glob, String... more) {
          return Map.of();
        }
      };
}
