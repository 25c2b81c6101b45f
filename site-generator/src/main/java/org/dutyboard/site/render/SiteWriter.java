package org.dutyboard.site.render;

import java.io.IOException;
import java.nio.file.Path;
import org.dutyboard.site.model.StatusSnapshot;

/** Writes a whole site for a snapshot into an empty directory. */
@FunctionalInterface
public interface SiteWriter {
  void render(StatusSnapshot snapshot, Path directory) throws IOException;
}
