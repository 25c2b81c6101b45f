package org.dutyboard.delivery.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.dutyboard.delivery.ClaimedDelivery;
import org.dutyboard.delivery.DeliveryChannel;
import org.dutyboard.delivery.DeliveryConfig;
import org.dutyboard.delivery.DeliveryFailure;
import org.dutyboard.delivery.DeliverySender;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the weekly report email through the configured SMTP server ({@code quarkus.mailer.*}): one
 * message to all recipients, {@code multipart/alternative} with the Markdown text and the HTML. The
 * Message-ID comes from the delivery, so a copy sent again after a crash carries the same id.
 */
@ApplicationScoped
public class EmailSender implements DeliverySender {
  @Inject ReactiveMailer mailer;
  @Inject DeliveryConfig config;
  @Inject Vertx vertx;

  @ConfigProperty(name = "quarkus.mailer.from")
  Optional<String> from;

  @Override
  public DeliveryChannel channel() {
    return DeliveryChannel.EMAIL;
  }

  @Override
  public void send(ClaimedDelivery d) throws DeliveryFailure {
    Mail mail =
        new Mail()
            .setTo(d.recipients())
            .setSubject(d.subject())
            .setText(d.bodyText())
            .setHtml(d.bodyHtml())
            .addHeader("Message-ID", messageId(d));
    // Started on the event loop, the Vert.x mail client (4.5) connects and starts reading the
    // server's replies in one go. Started from another thread, its pool may hand the new connection
    // over after the greeting arrived, which is then dropped: the send fails on a fragment of it or
    // waits for it until the timeout. The scheduler's and the tests' threads get an event-loop
    // context here.
    Context eventLoop = vertx.getOrCreateContext();
    try {
      // Bounded: an SMTP server that accepts but never answers must not hold the claim forever.
      mailer
          .send(mail)
          .runSubscriptionOn(task -> eventLoop.runOnContext(ignored -> task.run()))
          .await()
          .atMost(config.sendTimeout());
    } catch (RuntimeException e) {
      throw new DeliveryFailure("SMTP: " + reason(e));
    }
  }

  /** {@code <delivery id@sender's domain>}. */
  String messageId(ClaimedDelivery d) {
    String domain = from.map(f -> f.replaceAll(".*@", "").replaceAll("[>\\s].*", "")).orElse("");
    return "<" + d.id() + "@" + (domain.isBlank() ? "dutyboard.invalid" : domain) + ">";
  }

  /** The innermost cause's message (SMTP replies and connection errors name no secret). */
  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return cause.getClass().getSimpleName()
        + (message == null || message.isBlank() ? "" : ": " + message.strip());
  }
}
