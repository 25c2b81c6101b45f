package org.dutyboard.publish.target;

import java.util.List;

/**
 * What one push changed at a target.
 *
 * @param uploaded site paths written, in upload order
 * @param deleted site paths removed (stale for longer than the grace period)
 */
public record PushResult(List<String> uploaded, List<String> deleted) {
  public PushResult {
    uploaded = List.copyOf(uploaded);
    deleted = List.copyOf(deleted);
  }

  /** Nothing changed. */
  public static PushResult none() {
    return new PushResult(List.of(), List.of());
  }

  /** Every changed path: what a CDN purge needs. */
  public List<String> changed() {
    return java.util.stream.Stream.concat(uploaded.stream(), deleted.stream()).toList();
  }
}
