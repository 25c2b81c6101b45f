package org.dutyboard.rotation.change;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.UUID;

/**
 * Skipped periods written straight to the database, for schedules the API would refuse to build at
 * the test's "now" (a skip already under way, one in a clock the test moves later).
 */
public final class SkippedPeriods {
  private SkippedPeriods() {}

  /** Skips the shifts starting in [from, to) of the rotation, recorded as made at createdAt. */
  public static void skip(UUID rotation, String from, String to, String createdAt) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              SkippedPeriod skip = new SkippedPeriod();
              skip.id = UUID.randomUUID();
              skip.rotationId = rotation;
              skip.startsAt = Instant.parse(from);
              skip.endsAt = Instant.parse(to);
              skip.reason = "test";
              skip.author = "test";
              skip.createdAt = Instant.parse(createdAt);
              skip.persist();
            });
  }
}
