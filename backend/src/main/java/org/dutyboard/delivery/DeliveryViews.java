package org.dutyboard.delivery;

/** Delivery rows to their view. */
final class DeliveryViews {
  private DeliveryViews() {}

  static DeliveryView view(Delivery d) {
    boolean waiting = d.state == DeliveryState.PENDING || d.state == DeliveryState.RETRYING;
    return new DeliveryView(
        d.id,
        d.teamId,
        d.meetingDate,
        d.channel,
        d.state,
        d.subject,
        d.reportUrl,
        d.attempts,
        waiting ? d.nextAttemptAt : null,
        d.lastError,
        d.sentAt,
        d.createdAt);
  }
}
