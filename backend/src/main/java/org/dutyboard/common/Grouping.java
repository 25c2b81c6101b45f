package org.dutyboard.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups the rows of one batched query by their owner's id (an incident's updates, a rotation's
 * members), so a batch resolver answers many owners from one statement. Keys keep the order of
 * their first row and each list keeps the rows' order (queries sort, grouping never re-sorts).
 */
public final class Grouping {
  private Grouping() {}

  /** The rows grouped by {@code key}. */
  public static <T, K> Map<K, List<T>> byKey(Collection<T> rows, Function<T, K> key) {
    return byKey(rows, key, Function.identity());
  }

  /** The rows grouped by {@code key}, each turned into {@code value}. */
  public static <T, K, V> Map<K, List<V>> byKey(
      Collection<T> rows, Function<T, K> key, Function<T, V> value) {
    Map<K, List<V>> grouped = new LinkedHashMap<>();
    for (T row : rows) {
      grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(value.apply(row));
    }
    return grouped;
  }
}
