package org.dutyboard.delivery;

/**
 * A failed attempt to send, with a message fit for the delivery's {@code lastError} and the log: it
 * names what failed, never a recipient's secret (a webhook URL) or a raw stack trace.
 */
public class DeliveryFailure extends Exception {
  public DeliveryFailure(String message) {
    super(message, null, false, false);
  }
}
