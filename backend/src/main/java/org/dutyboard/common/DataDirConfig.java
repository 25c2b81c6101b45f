package org.dutyboard.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.nio.file.Path;

/**
 * {@code dutyboard.data-dir}: the directory the service keeps its state in (the embedded
 * PostgreSQL, the published status site and weekly reports). Read here only, so every reader agrees
 * on the default.
 */
@ConfigMapping(prefix = "dutyboard.data-dir")
public interface DataDirConfig {
  String DEFAULT = ".dutyboard";

  /** The directory, relative to the working directory unless absolute. */
  @WithParentName
  @WithDefault(DEFAULT)
  String value();

  /** {@code child} inside the data directory. */
  default Path resolve(String child) {
    return Path.of(value(), child);
  }
}
