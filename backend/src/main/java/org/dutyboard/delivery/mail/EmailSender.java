package org.dutyboard.delivery.mail;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.MailMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dutyboard.delivery.ClaimedDelivery;
import org.dutyboard.delivery.DeliveryChannel;
import org.dutyboard.delivery.DeliveryConfig;
import org.dutyboard.delivery.DeliveryFailure;
import org.dutyboard.delivery.DeliverySender;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the weekly report email through the configured SMTP server ({@code quarkus.mailer.*}, see
 * {@link SmtpClient}): one message to all recipients, {@code multipart/alternative} with the
 * Markdown text and the HTML. The Message-ID comes from the delivery, so a copy sent again after a
 * crash carries the same id. With {@code quarkus.mailer.mock} (dev mode) the message is only
 * logged.
 */
@ApplicationScoped
public class EmailSender implements DeliverySender {
  private static final Logger LOG = Logger.getLogger(EmailSender.class);

  @Inject SmtpClient smtp;
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
    if (smtp.settings().mock().orElse(LaunchMode.current().isDevOrTest())) {
      LOG.infof(
          "Mail not sent (quarkus.mailer.mock): %s to %s%n%s",
          d.subject(), d.recipients(), d.bodyText());
      return;
    }
    MailMessage message =
        new MailMessage()
            .setTo(d.recipients())
            .setSubject(d.subject())
            .setText(d.bodyText())
            .setHtml(d.bodyHtml())
            .setHeaders(MultiMap.caseInsensitiveMultiMap().add("Message-ID", messageId(d)));
    from.ifPresent(message::setFrom);
    smtp.settings().bounceAddress().ifPresent(message::setBounceAddress);
    // Started on the event loop, the Vert.x mail client (4.5) connects and starts reading the
    // server's replies in one go. Started from another thread, its pool may hand the new connection
    // over after the greeting arrived, which is then dropped: the send fails on a fragment of it or
    // waits for it until the timeout. The scheduler's and the tests' threads get an event-loop
    // context here.
    CompletableFuture<Void> sent = new CompletableFuture<>();
    vertx
        .getOrCreateContext()
        .runOnContext(
            ignored -> {
              try {
                smtp.send(message)
                    .onSuccess(result -> sent.complete(null))
                    .onFailure(sent::completeExceptionally);
              } catch (RuntimeException e) { // e.g. a message the client refuses to encode
                sent.completeExceptionally(e);
              }
            });
    try {
      // Bounded: an SMTP server that accepts but never answers must not hold the claim forever.
      sent.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new DeliveryFailure("SMTP: " + reason(e));
    } catch (TimeoutException e) {
      throw new DeliveryFailure("SMTP: no answer within " + config.sendTimeout());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailure("SMTP: interrupted");
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
