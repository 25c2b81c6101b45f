package org.dutyboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {
  private final RetryBackoff backoff =
      new RetryBackoff(Duration.ofMinutes(1), Duration.ofMinutes(10), 5);

  @Test
  void theWaitDoublesUpToTheMaximum() {
    assertThat(backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(backoff.after(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.after(10_000)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void itGivesUpAfterTheLastAttempt() {
    assertThat(backoff.exhausted(4)).isFalse();
    assertThat(backoff.exhausted(5)).isTrue();
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryBackoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryBackoff(Duration.ofMinutes(1), Duration.ofMinutes(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
