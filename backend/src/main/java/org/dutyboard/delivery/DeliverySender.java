package org.dutyboard.delivery;

/** Sends one claimed delivery on its channel; called outside any transaction. */
public interface DeliverySender {
  DeliveryChannel channel();

  /**
   * Sends it, or throws. Must give up within the lease ({@code dutyboard.delivery.lease}), or
   * another replica may send it too.
   */
  void send(ClaimedDelivery delivery) throws DeliveryFailure;
}
