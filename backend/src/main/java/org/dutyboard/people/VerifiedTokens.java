package org.dutyboard.people;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * API tokens as the database held them at one data version, so a request that read that same
 * version needs no token lookup. Any commit (a revocation included, on any replica) raises the
 * version and so empties this at the next request; expiry is checked at use, against the clock.
 * Holds only tokens that exist, at most {@link #MAX_TOKENS}.
 */
final class VerifiedTokens {
  static final int MAX_TOKENS = 10_000;

  /** A token's state as read from the database: enough to decide whether it is active. */
  record Known(ApiTokenService.Authenticated identity, Instant revokedAt, Instant expiresAt) {
    boolean isActiveAt(Instant now) {
      return ApiToken.isActive(revokedAt, expiresAt, now);
    }
  }

  private record Generation(long version, Map<String, Known> tokens) {}

  private final AtomicReference<Generation> current =
      new AtomicReference<>(new Generation(Long.MIN_VALUE, Map.of()));

  /** The token with this hash as read at {@code version}, if it was read at that version. */
  Optional<Known> at(long version, String hash) {
    Generation generation = current.get();
    return generation.version() == version
        ? Optional.ofNullable(generation.tokens().get(hash))
        : Optional.empty();
  }

  /**
   * Keeps a token read after {@code version} was read. Dropped when a newer version is known
   * already: its state may predate that version's commit.
   */
  void keep(long version, String hash, Known token) {
    while (true) {
      Generation generation = current.get();
      if (generation.version() == version) {
        if (generation.tokens().size() < MAX_TOKENS) {
          generation.tokens().put(hash, token);
        }
        return;
      }
      if (generation.version() > version) {
        return;
      }
      current.compareAndSet(generation, new Generation(version, new ConcurrentHashMap<>()));
    }
  }
}
