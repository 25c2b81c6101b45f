package org.dutyboard.delivery.mail;

import io.quarkus.mailer.runtime.MailerRuntimeConfig;
import io.quarkus.mailer.runtime.Mailers;
import io.quarkus.mailer.runtime.MailersRuntimeConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.MailResult;
import io.vertx.ext.mail.StartTLSOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.dutyboard.delivery.DeliveryConfig;

/**
 * The Vert.x SMTP client of the weekly report email, configured by the default mailer's standard
 * {@code quarkus.mailer.*} keys as the Quarkus mailer would, plus an idle timeout of {@code
 * dutyboard.delivery.send-timeout}, which the Quarkus mailer does not offer. Without it, a server
 * that accepts a connection and never answers keeps that connection in the client's pool forever:
 * once {@code quarkus.mailer.max-pool-size} of them hang, no mail leaves until a restart.
 */
@ApplicationScoped
public class SmtpClient {
  @Inject Vertx vertx;
  @Inject MailersRuntimeConfig mailers;
  @Inject TlsConfigurationRegistry tls;
  @Inject DeliveryConfig delivery;

  private MailClient client;

  /** Refuses to start on a mailer setting this client would not honour. */
  void checkAtStart(@Observes StartupEvent start) {
    mailConfig();
  }

  /** Sends on the caller's Vert.x context (see {@link EmailSender}). */
  public synchronized Future<MailResult> send(MailMessage message) {
    if (client == null) {
      client = MailClient.create(vertx, mailConfig());
    }
    return client.sendMail(message);
  }

  /** The default mailer's {@code quarkus.mailer.*} settings. */
  public MailerRuntimeConfig settings() {
    return mailers.mailers().get(Mailers.DEFAULT_MAILER_NAME);
  }

  MailConfig mailConfig() {
    MailerRuntimeConfig m = settings();
    List<String> unsupported = new ArrayList<>();
    if (m.dkim().enabled()) {
      unsupported.add("dkim.enabled");
    }
    if (m.truststore().isConfigured() || m.keyStore().isPresent()) {
      unsupported.add("truststore / key-store (use tls-configuration-name)");
    }
    if (m.ntlm().domain().isPresent() || m.ntlm().workstation().isPresent()) {
      unsupported.add("ntlm");
    }
    if (m.approvedRecipients().isPresent()) {
      unsupported.add("approved-recipients");
    }
    if (!unsupported.isEmpty()) {
      throw new IllegalStateException(
          "quarkus.mailer." + String.join(", ", unsupported) + ": not supported by Dutyboard");
    }
    Duration idle = delivery.sendTimeout();
    MailConfig c =
        new MailConfig()
            .setHostname(m.host())
            .setDisableEsmtp(m.disableEsmtp())
            .setKeepAlive(m.keepAlive())
            .setKeepAliveTimeout((int) m.keepAliveTimeout().toMillis())
            .setKeepAliveTimeoutUnit(TimeUnit.MILLISECONDS)
            .setLogin(LoginOption.valueOf(m.login().toUpperCase(Locale.ROOT)))
            .setMaxPoolSize(m.maxPoolSize())
            .setStarttls(StartTLSOptions.valueOf(m.startTLS().toUpperCase(Locale.ROOT)))
            .setMultiPartOnly(m.multiPartOnly())
            .setAllowRcptErrors(m.allowRcptErrors())
            .setPipelining(m.pipelining())
            .setPoolCleanerPeriod((int) m.poolCleanerPeriod().toMillis())
            .setPoolCleanerPeriodUnit(TimeUnit.MILLISECONDS)
            .setSsl(m.ssl() || m.tls().orElse(false))
            .setTrustAll(m.trustAll().orElse(false))
            // A connection with no traffic this long is closed and leaves the pool.
            .setIdleTimeout((int) idle.toMillis())
            .setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
    m.port().ifPresent(c::setPort);
    m.username().ifPresent(c::setUsername);
    m.password().ifPresent(c::setPassword);
    m.authMethods().ifPresent(c::setAuthMethods);
    m.ownHostName().ifPresent(c::setOwnHostname);
    m.maxMailsPerConnection().ifPresent(c::setMaxMailsPerConnection);
    m.tlsConfigurationName().ifPresent(name -> applyTls(name, m, c));
    return c;
  }

  /** A named TLS configuration ({@code quarkus.tls.<name>.*}): trust, key and TLS by default. */
  private void applyTls(String name, MailerRuntimeConfig m, MailConfig c) {
    TlsConfiguration t =
        tls.get(name)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "quarkus.mailer.tls-configuration-name: no TLS configuration " + name));
    c.setSsl(m.tls().orElse(true));
    if (t.getTrustStoreOptions() != null) {
      c.setTrustOptions(t.getTrustStoreOptions());
    }
    if (t.getKeyStoreOptions() != null) {
      c.setKeyCertOptions(t.getKeyStoreOptions());
    }
    if (t.isTrustAll()) {
      c.setTrustAll(true);
    }
    t.getHostnameVerificationAlgorithm().ifPresent(c::setHostnameVerificationAlgorithm);
  }

  @PreDestroy
  synchronized void close() {
    if (client != null) {
      client.close();
    }
  }
}
