package org.dutyboard.rotation.handoff;

import java.util.Arrays;
import java.util.List;
import org.dutyboard.rotation.LoadedRotation;

/** Assembles handoff views from a boundary and the stored row, if any. */
final class HandoffViews {
  private HandoffViews() {}

  static HandoffView handoff(LoadedRotation loaded, HandoffBoundary b, Handoff stored) {
    return new HandoffView(
        loaded.rotation().id,
        loaded.rotation().name,
        (int) b.index(),
        b.at(),
        b.role(),
        loaded.people().get(b.outgoing()),
        loaded.people().get(b.incoming()),
        stored == null ? null : stored.notes,
        stored == null || stored.links == null || stored.links.isEmpty()
            ? List.of()
            : Arrays.asList(stored.links.split("\n")),
        stored == null ? null : stored.writtenAt,
        stored == null ? null : stored.writtenBy,
        stored == null ? null : stored.acknowledgedAt,
        stored == null ? null : stored.acknowledgedBy,
        stored == null ? 0 : (int) stored.version);
  }
}
