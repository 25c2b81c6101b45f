package org.dutyboard.testing;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Replaces the production clock in tests; follows real time until a test sets it. */
@Singleton
public class MutableClock extends Clock {
  private volatile Instant fixed;

  public void set(Instant instant) {
    fixed = instant;
  }

  public void reset() {
    fixed = null;
  }

  @Override
  public Instant instant() {
    Instant f = fixed;
    return f == null ? Instant.now() : f;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("Dutyboard works in UTC instants");
  }
}
