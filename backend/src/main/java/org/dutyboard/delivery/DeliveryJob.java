package org.dutyboard.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries on every replica: each claims its own rows (see {@link DeliveryQueue}), so
 * replicas share the work and no message goes out twice. Metric {@code
 * dutyboard_delivery_attempts_total{channel,outcome}} counts attempts by outcome (sent, retrying,
 * failed, cancelled).
 */
@ApplicationScoped
public class DeliveryJob {
  private static final Logger LOG = Logger.getLogger(DeliveryJob.class);
  private static final int BATCH = 20;

  @Inject DeliveryQueue queue;
  @Inject MeterRegistry registry;

  private final Map<DeliveryChannel, DeliverySender> senders = new EnumMap<>(DeliveryChannel.class);

  @Inject
  void senders(@All List<DeliverySender> all) {
    all.forEach(s -> senders.put(s.channel(), s));
  }

  @Scheduled(
      identity = "delivery",
      every = "${dutyboard.delivery.interval}",
      concurrentExecution = ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      sendDue();
    } catch (RuntimeException e) {
      LOG.error("Delivery run failed; due deliveries stay queued", e);
    }
  }

  /** Sends every delivery due now (in batches); returns how many were attempted. */
  public int sendDue() {
    int attempted = 0;
    List<ClaimedDelivery> batch;
    do {
      batch = queue.claim(BATCH);
      batch.forEach(this::attempt);
      attempted += batch.size();
    } while (batch.size() == BATCH);
    return attempted;
  }

  private void attempt(ClaimedDelivery d) {
    String outcome;
    if (!d.hasDestination()) {
      queue.cancelled(d);
      outcome = "cancelled";
    } else {
      try {
        senders.get(d.channel()).send(d);
        if (!queue.sent(d)) {
          LOG.warnf("%s was sent after its lease ended; another replica may send it too", d);
        }
        outcome = "sent";
      } catch (DeliveryFailure e) {
        DeliveryState next = queue.failed(d, e.getMessage());
        outcome = next.name().toLowerCase();
        LOG.warnf("%s, attempt %d failed (%s): %s", d, d.attempt(), outcome, e.getMessage());
      }
    }
    registry
        .counter(
            "dutyboard.delivery.attempts",
            "channel",
            d.channel().name().toLowerCase(),
            "outcome",
            outcome)
        .increment();
  }
}
