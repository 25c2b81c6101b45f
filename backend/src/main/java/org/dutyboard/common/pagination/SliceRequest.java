package org.dutyboard.common.pagination;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.dutyboard.common.error.DutyboardException;

/**
 * The one pagination helper: a request for a slice of a list ({@code first} items after a cursor),
 * answered by keyset pagination over {@code (sortKey, id)} with opaque cursors and a hard page cap,
 * so a page costs one indexed query however deep it is. The sort key is text; lists ordered by time
 * store an ISO-8601 instant and read it back with {@link #afterInstant()}. The cursor does not
 * encode a direction: the list's order argument decides which way "after" goes.
 */
public record SliceRequest(int first, String afterKey, UUID afterId) {
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 100;

  /** Parses GraphQL {@code first}/{@code after} arguments; bad values are VALIDATION errors. */
  public static SliceRequest of(Integer first, String after) {
    int size = first == null ? DEFAULT_SIZE : first;
    if (size < 1 || size > MAX_SIZE) {
      throw DutyboardException.validation(
          "first", "first must be between 1 and " + MAX_SIZE + ", was " + size);
    }
    if (after == null || after.isEmpty()) {
      return new SliceRequest(size, null, null);
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
      int separator = decoded.lastIndexOf('\n');
      return new SliceRequest(
          size, decoded.substring(0, separator), UUID.fromString(decoded.substring(separator + 1)));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw DutyboardException.validation("after", "after is not a cursor returned by this API");
    }
  }

  /** The cursor's sort key as an instant, for lists ordered by time; VALIDATION if it is not. */
  public Instant afterInstant() {
    try {
      return Instant.parse(afterKey);
    } catch (DateTimeParseException | NullPointerException e) {
      throw DutyboardException.validation("after", "after is not a cursor returned by this list");
    }
  }

  /**
   * The keyset condition that continues after this slice's cursor, for a list sorted on {@code
   * keyField} then its id ({@code alias.id} when the key is {@code alias.field}): {@code key > k or
   * (key = k and id > i)}, with {@code <} where {@code order} descends. Empty without a cursor.
   */
  public Keyset keyset(String keyField, Keyset.KeyType type, Keyset.Order order) {
    if (!hasCursor()) {
      return Keyset.NONE;
    }
    int dot = keyField.lastIndexOf('.');
    String idField = dot < 0 ? "id" : keyField.substring(0, dot + 1) + "id";
    Object key = type == Keyset.KeyType.INSTANT ? afterInstant() : afterKey;
    return new Keyset(
        "%s %s:afterKey or (%s = :afterKey and %s %s:afterId)"
            .formatted(keyField, order.key, keyField, idField, order.id),
        Map.of("afterKey", key, "afterId", afterId));
  }

  public boolean hasCursor() {
    return afterId != null;
  }

  /** How many rows to fetch: one more than the page, to learn whether another page follows. */
  public int fetchSize() {
    return first + 1;
  }

  public static String cursor(String sortKey, UUID id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((sortKey + "\n" + id).getBytes(StandardCharsets.UTF_8));
  }

  /** Cuts the fetched rows to the requested slice and describes it. */
  public <T> Slice<T> toSlice(
      List<T> fetched, Function<T, String> sortKey, Function<T, UUID> idOf) {
    boolean more = fetched.size() > first;
    List<T> items = more ? fetched.subList(0, first) : fetched;
    String end =
        items.isEmpty()
            ? null
            : cursor(
                sortKey.apply(items.get(items.size() - 1)),
                idOf.apply(items.get(items.size() - 1)));
    return new Slice<>(List.copyOf(items), new PageInfo(more, end));
  }
}
