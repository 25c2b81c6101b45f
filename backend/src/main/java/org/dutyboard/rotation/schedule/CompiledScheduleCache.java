package org.dutyboard.rotation.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.dutyboard.rotation.Rotation;
import org.dutyboard.rotation.RotationRepository;
import org.dutyboard.rotation.RotationRole;

/**
 * Compiled schedules (roles and composer) of rotations, keyed by rotation id and valid for exactly
 * one rotation {@code version}. Every change to a rotation's schedule layers bumps that version in
 * the same transaction, and readers look entries up with the version they just read from the
 * database, so an entry is never served after a newer commit on any replica: a changed version is
 * simply a miss. Filled only by read paths (see {@link RotationRepository#loadCurrent}), never from
 * a writing transaction that might still roll back.
 */
@ApplicationScoped
public class CompiledScheduleCache {
  /** More rotations than any deployment has: past it, start afresh rather than grow unbounded. */
  private static final int MAX_ENTRIES = 10_000;

  /** A rotation's schedule as of {@code version}; immutable, shared between requests. */
  public record Compiled(
      long version, List<RotationRole> roles, ScheduleComposer composer, Set<UUID> personIds) {}

  private final Map<UUID, Compiled> byRotation = new ConcurrentHashMap<>();

  /** The compiled schedule of {@code rotation} at its current version, or null. */
  public Compiled get(Rotation rotation) {
    Compiled compiled = byRotation.get(rotation.id);
    return compiled != null && compiled.version() == rotation.version ? compiled : null;
  }

  public void put(UUID rotationId, Compiled compiled) {
    if (byRotation.size() >= MAX_ENTRIES) {
      byRotation.clear();
    }
    byRotation.merge(
        rotationId, compiled, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
  }
}
