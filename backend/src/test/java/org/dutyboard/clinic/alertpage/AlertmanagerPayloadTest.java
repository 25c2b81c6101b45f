package org.dutyboard.clinic.alertpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.dutyboard.clinic.alertpage.AlertmanagerPayload.Batch;
import org.dutyboard.clinic.alertpage.AlertmanagerPayload.Rejected;
import org.junit.jupiter.api.Test;

/** Reading payloads captured from Alertmanager 0.25 (see src/test/resources/alertmanager). */
public class AlertmanagerPayloadTest {
  private final ObjectMapper json = new ObjectMapper();

  public static String captured(String name) {
    try (InputStream in =
        AlertmanagerPayloadTest.class.getResourceAsStream("/alertmanager/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Batch parse(String body) throws Rejected {
    return AlertmanagerPayload.parse(body.getBytes(StandardCharsets.UTF_8), json);
  }

  @Test
  void readsAFiringNotification() throws Rejected {
    Batch batch = parse(captured("am-0.25-firing.json"));
    assertThat(batch.receiver()).isEqualTo("dutyboard");
    assertThat(batch.bad()).isEmpty();
    assertThat(batch.alerts())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.fingerprint()).isEqualTo("2b3bc3a806b11c9d");
              assertThat(a.status()).isEqualTo(AlertPageStatus.FIRING);
              assertThat(a.startsAt()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
              assertThat(a.endsAt()).as("Go's zero time means no end").isNull();
              assertThat(a.labels()).containsEntry("alertname", "DiskFull").hasSize(4);
              assertThat(a.annotations()).containsEntry("summary", "Disk /srv on db1 is 97% full");
              assertThat(a.generatorUrl()).as("empty generatorURL").isNull();
            });
  }

  @Test
  void readsResolvedNotificationsAndFractionalSeconds() throws Rejected {
    assertThat(parse(captured("am-0.25-resolved.json")).alerts().get(0).endsAt())
        .isEqualTo(Instant.parse("2026-11-25T07:10:57Z"));
    assertThat(parse(captured("am-0.25-firing-group.json")).alerts())
        .extracting(AlertmanagerPayload.Alert::startsAt)
        .containsExactly(
            Instant.parse("2026-11-24T10:01:30.500Z"), Instant.parse("2026-11-24T10:02:30.500Z"));
  }

  @Test
  void envelopeProblemsRejectTheWholeBodyWithAReason() {
    String firing = captured("am-0.25-firing.json");
    assertRejected("{not json", null, "the body is not JSON");
    assertRejected("[]", null, "the body must be a JSON object");
    assertRejected(
        firing.replace("\"version\":\"4\"", "\"version\":\"3\""),
        "version",
        "unsupported payload version 3");
    assertRejected(firing.replace("\"version\":\"4\",", ""), "version", "version is missing");
    assertRejected(
        firing.replace("\"receiver\":\"dutyboard\",", ""), "receiver", "receiver is missing");
    assertRejected(
        "{\"version\":\"4\",\"receiver\":\"r\",\"alerts\":[]}", "alerts", "alerts is empty");
    assertRejected(
        "{\"version\":\"4\",\"receiver\":\"r\",\"alerts\":{}}",
        "alerts",
        "alerts must be an array");
  }

  @Test
  void aBadAlertIsSetAsideWithItsReasonAndTheOthersAreKept() throws Rejected {
    String group = captured("am-0.25-firing-group.json");
    Batch batch =
        parse(
            group.replaceFirst(
                "\"startsAt\":\"2026-11-24T10:02:30.5Z\"", "\"startsAt\":\"yesterday\""));
    assertThat(batch.alerts()).singleElement().satisfies(a -> assertThat(a.index()).isZero());
    assertThat(batch.bad())
        .singleElement()
        .satisfies(
            bad -> {
              assertThat(bad.index()).isEqualTo(1);
              assertThat(bad.fingerprint()).isEqualTo("ef75d1d538fa2082");
              assertThat(bad.reason())
                  .isEqualTo("alerts[1].startsAt is not an RFC 3339 time: yesterday");
            });
    assertThat(
            parse(group.replace(",\"fingerprint\":\"033434242466c593\"", "")).bad().get(0).reason())
        .contains("alerts[0].fingerprint is missing");
    assertThat(
            parse(
                    group.replaceFirst(
                        "\"status\":\"firing\",\"labels\"", "\"status\":\"pending\",\"labels\""))
                .bad()
                .get(0)
                .reason())
        .isEqualTo("alerts[0].status must be firing or resolved");
    assertThat(
            parse(group.replaceFirst("\"instance\":\"web1:9100\"", "\"instance\":9100"))
                .bad()
                .get(0)
                .reason())
        .startsWith("alerts[0].labels.instance must be a string");
  }

  private void assertRejected(String body, String field, String reason) {
    assertThatThrownBy(() -> parse(body))
        .isInstanceOfSatisfying(
            Rejected.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage()).startsWith(reason);
            });
  }
}
