package org.dutyboard.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Delivery of the weekly report by email and chat (the mailer itself: {@code quarkus.mailer.*}).
 */
@ConfigMapping(prefix = "dutyboard.delivery")
public interface DeliveryConfig {
  /** How often due deliveries are sent and failed ones retried (e.g. 1m); {@code off} disables. */
  @WithDefault("1m")
  String interval();

  /**
   * Base URL of the weekly report pages in emails and chat; default {@code <public-url>/reports/}.
   */
  Optional<String> reportUrl();

  /** How long a sender holds a claimed delivery before another replica may take it over. */
  @WithDefault("PT5M")
  Duration lease();

  /** Wait before the first retry; doubles with each failed attempt up to {@code max-backoff}. */
  @WithDefault("PT1M")
  Duration backoff();

  /** Longest wait between two attempts. */
  @WithDefault("PT1H")
  Duration maxBackoff();

  /** Attempts before a delivery is given up (state FAILED). */
  @WithDefault("12")
  int maxAttempts();

  /** A week produced longer than this after its meeting (a back-fill) is not delivered. */
  @WithDefault("P7D")
  Duration maxAge();

  /**
   * Longest one attempt may take: an SMTP send, or a chat webhook request (connect and response).
   */
  @WithDefault("PT10S")
  Duration sendTimeout();
}
