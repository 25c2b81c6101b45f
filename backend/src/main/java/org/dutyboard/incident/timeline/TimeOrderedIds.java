package org.dutyboard.incident.timeline;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUIDs in the version-7 layout (48 bits of milliseconds, then a counter), increasing within this
 * process. Timeline entries sort by {@code (occurredAt, id)}, so entries recorded at the same
 * instant (a declaration and its first role) keep the order they were written in.
 */
public final class TimeOrderedIds {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static long lastMillis;
  private static int counter;

  private TimeOrderedIds() {}

  public static synchronized UUID next(long nowMillis) {
    if (nowMillis > lastMillis) {
      lastMillis = nowMillis;
      counter = 0;
    } else if (++counter > 0xFFF) {
      lastMillis++; // counter exhausted: borrow the next millisecond to stay increasing
      counter = 0;
    }
    long msb = (lastMillis << 16) | 0x7000L | counter;
    long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }
}
