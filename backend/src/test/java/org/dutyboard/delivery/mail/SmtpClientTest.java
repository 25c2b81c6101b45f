package org.dutyboard.delivery.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.mailer.runtime.MailersRuntimeConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.StartTLSOptions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dutyboard.delivery.DeliveryConfig;
import org.junit.jupiter.api.Test;

/** The operator's {@code quarkus.mailer.*} keys reach the SMTP client, or stop the start. */
class SmtpClientTest {
  private static SmtpClient client(Map<String, String> properties) {
    SmallRyeConfigBuilder builder =
        new SmallRyeConfigBuilder()
            // Quarkus' own converter: its defaults are written like "300S"
            .withConverter(Duration.class, 100, new DurationConverter())
            .withMapping(MailersRuntimeConfig.class)
            .withMapping(DeliveryConfig.class);
    properties.forEach(builder::withDefaultValue);
    SmallRyeConfig config = builder.build();
    SmtpClient client = new SmtpClient();
    client.mailers = config.getConfigMapping(MailersRuntimeConfig.class);
    client.delivery = config.getConfigMapping(DeliveryConfig.class);
    return client;
  }

  @Test
  void theDocumentedKeysConfigureTheConnection() {
    MailConfig c =
        client(
                Map.of(
                    "quarkus.mailer.host", "smtp.example.org",
                    "quarkus.mailer.port", "587",
                    "quarkus.mailer.username", "dutyboard",
                    "quarkus.mailer.password", "secret",
                    "quarkus.mailer.start-tls", "REQUIRED",
                    "quarkus.mailer.login", "REQUIRED",
                    "quarkus.mailer.keep-alive", "false",
                    "quarkus.mailer.max-pool-size", "3",
                    "dutyboard.delivery.send-timeout", "PT7S"))
            .mailConfig();
    assertThat(c.getHostname()).isEqualTo("smtp.example.org");
    assertThat(c.getPort()).isEqualTo(587);
    assertThat(c.getUsername()).isEqualTo("dutyboard");
    assertThat(c.getPassword()).isEqualTo("secret");
    assertThat(c.getStarttls()).isEqualTo(StartTLSOptions.REQUIRED);
    assertThat(c.getLogin()).isEqualTo(LoginOption.REQUIRED);
    assertThat(c.isKeepAlive()).isFalse();
    assertThat(c.getMaxPoolSize()).isEqualTo(3);
    assertThat(c.isSsl()).isFalse();
    // A stalled connection is closed after the send timeout and gives its place in the pool back.
    assertThat(c.getIdleTimeoutUnit().toMillis(c.getIdleTimeout())).isEqualTo(7_000);
  }

  @Test
  void tlsMeansSmtpsAndTheDefaultsAreQuarkusOwn() {
    MailConfig c = client(Map.of("quarkus.mailer.tls", "true")).mailConfig();
    assertThat(c.isSsl()).isTrue();
    assertThat(c.getHostname()).isEqualTo("localhost");
    assertThat(c.getStarttls()).isEqualTo(StartTLSOptions.OPTIONAL);
    assertThat(c.getMaxPoolSize()).isEqualTo(10);
    assertThat(c.getIdleTimeoutUnit()).isEqualTo(TimeUnit.MILLISECONDS);
    assertThat(c.getIdleTimeout()).isEqualTo(10_000);
  }

  @Test
  void keysTheClientDoesNotImplementStopTheStart() {
    assertThatThrownBy(() -> client(Map.of("quarkus.mailer.dkim.enabled", "true")).mailConfig())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("quarkus.mailer.dkim.enabled");
    assertThatThrownBy(() -> client(Map.of("quarkus.mailer.ntlm.domain", "CORP")).mailConfig())
        .hasMessageContaining("ntlm");
  }
}
