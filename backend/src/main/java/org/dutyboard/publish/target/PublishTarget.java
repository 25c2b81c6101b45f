package org.dutyboard.publish.target;

import java.nio.file.Path;

/**
 * Where a rendered and validated site version goes after the local staging step ({@code current}
 * under the output directory). Called with the live version after every publish run, also when the
 * content was unchanged, so a run after a failed push repairs the target.
 */
public interface PublishTarget {

  /**
   * Makes {@code version} (a complete, validated site directory) what readers of the target get.
   */
  PushResult push(Path version);

  /** A human-readable name for logs, e.g. {@code s3://status/site}. */
  String describe();
}
