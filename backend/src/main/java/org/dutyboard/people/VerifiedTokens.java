package org.dutyboard.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * API tokens as the database held them at one data version, so a request that read that same
 * version needs no token lookup. Any commit (a revocation included, on any replica) raises the
 * version, and the first lookup at the new version starts a new generation; expiry is checked at
 * use, against the clock. A generation is trusted for {@link #MAX_TRUST} at most, so a counter that
 * went back (a restored or failed-over database) cannot revive old token states for long. Holds
 * only tokens that exist, about {@link #MAX_TOKENS} at most.
 */
final class VerifiedTokens {
  static final int MAX_TOKENS = 10_000;
  static final Duration MAX_TRUST = Duration.ofMinutes(1);

  /** A token's state as read from the database: enough to decide whether it is active. */
  record Known(ApiTokenService.Authenticated identity, Instant revokedAt, Instant expiresAt) {
    boolean isActiveAt(Instant now) {
      return ApiToken.isActive(revokedAt, expiresAt, now);
    }
  }

  private record Generation(long version, Instant started, Map<String, Known> tokens) {
    boolean serves(long readVersion, Instant now) {
      return version == readVersion && now.isBefore(started.plus(MAX_TRUST));
    }
  }

  private final AtomicReference<Generation> current =
      new AtomicReference<>(new Generation(Long.MIN_VALUE, Instant.MIN, Map.of()));

  /** The token with this hash as read at {@code version}, if it was read at that version. */
  Optional<Known> at(long version, String hash, Instant now) {
    Generation generation = current.get();
    return generation.serves(version, now)
        ? Optional.ofNullable(generation.tokens().get(hash))
        : Optional.empty();
  }

  /**
   * Keeps a token read after {@code version} was read. Dropped when a newer version is known
   * already: its state may predate that version's commit.
   */
  void keep(long version, String hash, Known token, Instant now) {
    while (true) {
      Generation generation = current.get();
      if (generation.serves(version, now)) {
        if (generation.tokens().size() < MAX_TOKENS) {
          generation.tokens().put(hash, token);
        }
        return;
      }
      if (generation.version() > version) {
        return;
      }
      current.compareAndSet(generation, new Generation(version, now, new ConcurrentHashMap<>()));
    }
  }
}
