package org.dutyboard.publish.target;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Objects at the target that the live version no longer has, each with the time it was first seen
 * stale. Kept as a small JSON object next to the site, so any replica's next run continues the
 * count (a stale object's own last-modified time says when it was written, not when it went stale).
 *
 * @param since site path to the first run that found it stale
 */
public record StaleObjects(Map<String, Instant> since) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public StaleObjects {
    since = Map.copyOf(since);
  }

  public static StaleObjects none() {
    return new StaleObjects(Map.of());
  }

  /** The record after a run: paths at the target that are not live, keeping earlier times. */
  public StaleObjects next(Collection<String> atTarget, Set<String> live, Instant now) {
    Map<String, Instant> next = new TreeMap<>();
    for (String path : atTarget) {
      if (!live.contains(path)) {
        next.put(path, since.getOrDefault(path, now));
      }
    }
    return new StaleObjects(next);
  }

  /** Paths stale for at least {@code grace}: safe to delete, sorted. */
  public List<String> due(Instant now, Duration grace) {
    return since.entrySet().stream()
        .filter(e -> !e.getValue().plus(grace).isAfter(now))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** Without {@code paths} (deleted). */
  public StaleObjects without(Collection<String> paths) {
    Map<String, Instant> next = new TreeMap<>(since);
    paths.forEach(next::remove);
    return new StaleObjects(next);
  }

  public byte[] toJson() {
    Map<String, String> out = new TreeMap<>();
    since.forEach((path, at) -> out.put(path, at.toString()));
    try {
      return JSON.writeValueAsBytes(Map.of("staleSince", out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@link #toJson}; an unreadable record starts afresh (stale objects then wait longer). */
  public static StaleObjects fromJson(byte[] json) {
    try {
      Map<String, Map<String, String>> in = JSON.readValue(json, new TypeReference<>() {});
      Map<String, Instant> since = new TreeMap<>();
      in.getOrDefault("staleSince", Map.of()).forEach((p, t) -> since.put(p, Instant.parse(t)));
      return new StaleObjects(since);
    } catch (IOException | RuntimeException e) {
      return none();
    }
  }
}
