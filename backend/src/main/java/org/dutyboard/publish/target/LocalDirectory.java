package org.dutyboard.publish.target;

import java.nio.file.Path;

/**
 * The default target: the local output directory itself. The version is live once its {@code
 * current} symlink points at it, so there is nothing more to do.
 */
public final class LocalDirectory implements PublishTarget {

  @Override
  public PushResult push(Path version) {
    return PushResult.none();
  }

  @Override
  public String describe() {
    return "the local output directory";
  }
}
