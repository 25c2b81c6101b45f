package org.dutyboard.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final VerifiedTokens.Known ACTIVE =
      new VerifiedTokens.Known(new ApiTokenService.Authenticated("ci", Set.of(), null), null, null);

  private final VerifiedTokens tokens = new VerifiedTokens();

  @Test
  void aTokenIsServedOnlyAtTheVersionItWasReadAt() {
    tokens.keep(7, "h", ACTIVE, NOW);
    assertThat(tokens.at(7, "h", NOW)).contains(ACTIVE);
    assertThat(tokens.at(8, "h", NOW)).as("after any commit").isEmpty();
    assertThat(tokens.at(7, "other", NOW)).isEmpty();
  }

  @Test
  void aStateReadBeforeANewerVersionIsNotKept() {
    tokens.keep(8, "h", ACTIVE, NOW);
    tokens.keep(7, "late", ACTIVE, NOW); // read at 7, arriving after 8 was seen
    assertThat(tokens.at(7, "late", NOW)).isEmpty();
    assertThat(tokens.at(8, "late", NOW)).isEmpty();
    assertThat(tokens.at(8, "h", NOW)).contains(ACTIVE);
  }

  @Test
  void aGenerationIsTrustedForALimitedTimeEvenIfTheVersionStaysTheSame() {
    tokens.keep(7, "h", ACTIVE, NOW);
    Instant later = NOW.plus(VerifiedTokens.MAX_TRUST);
    assertThat(tokens.at(7, "h", later.minusMillis(1))).contains(ACTIVE);
    assertThat(tokens.at(7, "h", later)).as("a counter that went back").isEmpty();
    tokens.keep(7, "h2", ACTIVE, later); // a fresh read starts a fresh generation
    assertThat(tokens.at(7, "h2", later)).contains(ACTIVE);
    assertThat(tokens.at(7, "h", later)).isEmpty();
  }
}
