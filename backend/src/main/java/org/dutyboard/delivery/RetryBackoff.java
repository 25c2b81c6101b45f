package org.dutyboard.delivery;

import java.time.Duration;

/**
 * When a failed delivery is tried again: {@code first} after the first failed attempt, doubling
 * with each further one, never more than {@code max} apart; given up after {@code maxAttempts}.
 */
public record RetryBackoff(Duration first, Duration max, int maxAttempts) {

  public RetryBackoff {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("backoff must be positive and at most max-backoff");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("max-attempts must be at least 1");
    }
  }

  /** The wait after {@code attempts} failed attempts (1 = the first failure). */
  public Duration after(int attempts) {
    Duration wait = first;
    for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }

  /** Whether a delivery that has failed {@code attempts} times is given up. */
  public boolean exhausted(int attempts) {
    return attempts >= maxAttempts;
  }
}
