package org.dutyboard.common.graphql;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The static cost and depth of an operation, computed from the document before anything runs. Every
 * field costs 1; query fields that expand schedules or aggregate a week of data cost more ({@link
 * #EXPENSIVE}), so many aliased copies of them exceed the budget. Introspection subtrees are free
 * and do not count towards depth: graphql-java's good-faith introspection check already bounds
 * them, and tools such as GraphiQL send introspection queries 15 levels deep.
 */
public final class QueryCost {
  /** Extra cost of root query fields by name (documented in docs/api.md#limits). */
  static final Map<String, Integer> EXPENSIVE =
      Map.of(
          "onCall", 25,
          "schedule", 25,
          "handoffs", 25,
          "fairnessReport", 25,
          "incidentMetrics", 25,
          "coverageGaps", 50,
          "weeklySummary", 50,
          "weeklyTrends", 50);

  private final Map<String, FragmentDefinition> fragments;
  private final Map<String, long[]> fragmentMemo = new HashMap<>();

  private QueryCost(Map<String, FragmentDefinition> fragments) {
    this.fragments = fragments;
  }

  /** Cost and depth of one operation. */
  public record Measure(long cost, int depth) {}

  /** Measures {@code operation}; fragment spreads are resolved in {@code fragments}. */
  public static Measure of(
      OperationDefinition operation, Map<String, FragmentDefinition> fragments) {
    boolean query = operation.getOperation() == OperationDefinition.Operation.QUERY;
    long[] measure = new QueryCost(fragments).selections(operation.getSelectionSet(), query);
    return new Measure(measure[0], (int) measure[1]);
  }

  /** {cost, depth} of a selection set; {@code root} applies the expensive-field surcharges. */
  private long[] selections(SelectionSet set, boolean root) {
    long cost = 0;
    long depth = 0;
    if (set == null) {
      return new long[] {0, 0};
    }
    for (Selection<?> selection : set.getSelections()) {
      long[] child;
      if (selection instanceof Field field) {
        child = field(field, root);
      } else if (selection instanceof InlineFragment inline) {
        child = selections(inline.getSelectionSet(), root);
      } else if (selection instanceof FragmentSpread spread) {
        child = fragment(spread.getName(), root);
      } else {
        continue;
      }
      cost = saturatedAdd(cost, child[0]);
      depth = Math.max(depth, child[1]);
    }
    return new long[] {cost, depth};
  }

  private long[] field(Field field, boolean root) {
    if (field.getName().startsWith("__")) {
      return new long[] {0, 0};
    }
    long[] children = selections(field.getSelectionSet(), false);
    long own = 1 + (root ? EXPENSIVE.getOrDefault(field.getName(), 0) : 0);
    return new long[] {saturatedAdd(own, children[0]), children[1] + 1};
  }

  /** Memoized, so fragments spread into fragments cannot make the walk exponential. */
  private long[] fragment(String name, boolean root) {
    FragmentDefinition definition = fragments.get(name);
    if (definition == null) {
      return new long[] {0, 0};
    }
    String key = root ? name + "@root" : name;
    long[] known = fragmentMemo.get(key);
    if (known == null) {
      known = selections(definition.getSelectionSet(), root);
      fragmentMemo.put(key, known);
    }
    return known;
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }
}
