package org.dutyboard.common.pagination;

import java.util.List;
import java.util.function.Function;

/** One slice of a cursor-paginated list: its items and the {@link PageInfo} to continue. */
public record Slice<T>(List<T> items, PageInfo pageInfo) {
  public <R> Slice<R> map(Function<T, R> mapper) {
    return new Slice<>(items.stream().map(mapper).toList(), pageInfo);
  }
}
