package org.dutyboard.common.pagination;

import jakarta.persistence.Query;
import java.util.Map;

/**
 * The condition that continues a keyset-paginated list after a cursor, with its named parameters
 * ({@code :afterKey}, {@code :afterId}). Built by {@link SliceRequest#keyset}; empty (no condition,
 * no parameters) on the first page, so one query string serves every page.
 */
public record Keyset(String condition, Map<String, Object> params) {
  /** The order a list is sorted in, on its key and on its id tie-breaker. */
  public enum Order {
    /** {@code order by key, id}. */
    ASCENDING("> ", "> "),
    /** {@code order by key desc, id desc}. */
    DESCENDING("< ", "< "),
    /** {@code order by key desc, id}: newest first, ties in id order. */
    DESCENDING_KEY_ASCENDING_ID("< ", "> ");

    final String key;
    final String id;

    Order(String key, String id) {
      this.key = key;
      this.id = id;
    }
  }

  /** The type the cursor's sort key is read back as. */
  public enum KeyType {
    TEXT,
    INSTANT
  }

  static final Keyset NONE = new Keyset("", Map.of());

  /** {@code " and (condition)"}, or nothing on the first page: append to an existing where. */
  public String and() {
    return condition.isEmpty() ? "" : " and (" + condition + ")";
  }

  /** The condition alone, or {@code "1 = 1"} on the first page: a complete Panache where. */
  public String where() {
    return condition.isEmpty() ? "1 = 1" : condition;
  }

  /** Binds the keyset parameters to a JPA query (nothing on the first page). */
  public <Q extends Query> Q bind(Q query) {
    params.forEach(query::setParameter);
    return query;
  }

  /** The parameters together with the list's own named parameters, for Panache finders. */
  public Map<String, Object> with(Map<String, Object> own) {
    Map<String, Object> all = new java.util.HashMap<>(own);
    all.putAll(params);
    return all;
  }
}
