package org.dutyboard.rotation.handoff;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.rotation.LoadedRotation;
import org.dutyboard.rotation.schedule.ScheduleComposer.Holder;

/** A shift boundary at which a role changes hands: who hands over to whom, and when. */
record HandoffBoundary(long index, String role, Instant at, UUID outgoing, UUID incoming) {

  /**
   * The role's holder at the end of the previous shift and at the start of this one, if they
   * differ.
   */
  static Optional<HandoffBoundary> of(LoadedRotation loaded, long index, String role) {
    if (index < 1 || loaded.roles().stream().noneMatch(r -> r.name.equals(role))) {
      return Optional.empty();
    }
    Instant at = loaded.expansion().startOf(index);
    Optional<UUID> outgoing = holderAt(loaded, index - 1, role, at.minusNanos(1));
    Optional<UUID> incoming = holderAt(loaded, index, role, at);
    if (outgoing.isEmpty() || incoming.isEmpty() || outgoing.equals(incoming)) {
      return Optional.empty();
    }
    return Optional.of(new HandoffBoundary(index, role, at, outgoing.get(), incoming.get()));
  }

  private static Optional<UUID> holderAt(
      LoadedRotation loaded, long index, String role, Instant at) {
    return loaded.composer().compose(index).holdersAt(at).stream()
        .filter(h -> h.role().equals(role))
        .map(Holder::personId)
        .findFirst();
  }
}
