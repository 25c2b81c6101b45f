package org.dutyboard.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A delivery a sender holds (until its lease ends), with where it goes as the team's settings say
 * now: fixing a wrong address or webhook fixes the next retry.
 *
 * @param claim the token of this claim; recording the outcome needs it
 * @param webhookUrl a secret: left out of {@link #toString()}
 */
public record ClaimedDelivery(
    UUID id,
    UUID claim,
    DeliveryChannel channel,
    UUID teamId,
    LocalDate meetingDate,
    int attempt,
    String subject,
    String bodyHtml,
    String bodyText,
    List<String> recipients,
    String webhookUrl) {

  /** Whether the team still has somewhere to send this channel to. */
  public boolean hasDestination() {
    return channel == DeliveryChannel.EMAIL ? !recipients.isEmpty() : webhookUrl != null;
  }

  @Override
  public String toString() {
    return "Delivery " + id + " (" + channel + ", team " + teamId + ", week " + meetingDate + ")";
  }
}
