package org.dutyboard.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dutyboard.delivery.ReportedTeam.BOUNDARY;
import static org.dutyboard.delivery.ReportedTeam.MEETING_DATE;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dutyboard.delivery.mail.EmailSender;
import org.dutyboard.delivery.mail.SmtpClient;
import org.dutyboard.summary.WeeklyReportPublisher;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.MutableClock;
import org.dutyboard.testing.SmtpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The weekly report by email, sent to a real SMTP server (GreenMail) and read back from it. */
@QuarkusTest
class EmailDeliveryTest {
  @Inject MutableClock clock;
  @Inject WeeklyReportPublisher publisher;
  @Inject DeliveryJob job;
  @Inject DeliveryQueue queue;
  @Inject DeliveryConfig config;
  @Inject EmailSender sender;
  @Inject SmtpClient smtp;

  private ReportedTeam team;
  private String domain;

  @BeforeEach
  void aTeamWithRecipients() {
    SmtpServer.start();
    team = new ReportedTeam(clock);
    domain = Fixtures.unique("mail").toLowerCase() + ".example.org";
    team.deliverTo(List.of("ops@" + domain, " Lead@" + domain + " "), null, false);
  }

  @AfterEach
  void realTimeAndServer() {
    SmtpServer.start();
    clock.reset();
  }

  @Test
  void theReportArrivesOnceAsHtmlWithAMarkdownAlternative() throws Exception {
    produceTheWeek();
    job.sendDue();
    job.sendDue();

    List<MimeMessage> received = SmtpServer.receivedAt(domain);
    assertThat(received).hasSize(2); // one copy per recipient mailbox: one message
    MimeMessage m = received.get(0);
    assertThat(received.get(1).getMessageID()).isEqualTo(m.getMessageID());
    assertThat(m.getSubject())
        .isEqualTo("SRE weekly summary — " + team.name + " — week of " + MEETING_DATE);
    assertThat(m.getHeader("From")[0]).isEqualTo("Dutyboard <dutyboard@localhost>");
    assertThat(m.getHeader("To")[0]).contains("ops@" + domain, "Lead@" + domain);
    assertThat(m.getHeader("Date")).hasSize(1);
    assertThat(m.getMessageID()).matches("<[0-9a-f-]{36}@localhost>");

    assertThat(m.getContentType()).startsWith("multipart/alternative");
    MimeMultipart parts = (MimeMultipart) m.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    BodyPart text = parts.getBodyPart(0);
    BodyPart html = parts.getBodyPart(1);
    assertThat(text.getContentType()).startsWith("text/plain");
    assertThat(html.getContentType()).startsWith("text/html");
    String markdown = (String) text.getContent();
    String page = (String) html.getContent();
    assertThat(markdown)
        .contains("Search is slow", "1 private incident not shown")
        .contains("Read it online: http://localhost:8080/reports/");
    assertThat(page)
        .contains(team.name, "Search is slow", "1 private incident not shown")
        .contains("<table style=\"", "<h1 style=\"")
        .contains("href=\"http://localhost:8080/reports/index.html\"")
        .doesNotContain("<link", "<script", "stylesheet", "href=\"../", "Skip to main content");
    assertThat(markdown + page).doesNotContain(team.canary);

    Map<String, Object> delivery = team.deliveries().get(0);
    assertThat(delivery)
        .containsEntry("channel", "EMAIL")
        .containsEntry("state", "SENT")
        .containsEntry("attempts", 1)
        .containsEntry("meetingDate", MEETING_DATE)
        .containsEntry("lastError", null);
    assertThat(team.deliveries()).hasSize(1); // no chat webhook: no chat delivery
  }

  @Test
  void aRunOfMessagesArrivesWithoutAFailedSend() throws Exception {
    // A connection per message (keep-alive off): each send has to read a new server greeting.
    int messages = 60;
    for (int i = 0; i < messages; i++) {
      sender.send(message("Message " + i));
    }
    assertThat(SmtpServer.receivedAt(domain)).hasSize(messages);
  }

  private ClaimedDelivery message(String text) {
    return new ClaimedDelivery(
        UUID.randomUUID(),
        UUID.randomUUID(),
        DeliveryChannel.EMAIL,
        UUID.fromString(team.id),
        LocalDate.parse(MEETING_DATE),
        1,
        text,
        "<p>" + text + "</p>",
        text,
        List.of("ops@" + domain),
        null);
  }

  @Test
  void aServerThatStopsAnsweringHoldsNoConnectionOnceItAnswersAgain() throws Exception {
    SmtpServer.silence();
    // More stalled sends than the client's pool has connections: each must give its one back.
    int stalls = smtp.settings().maxPoolSize() + 1;
    for (int i = 0; i < stalls; i++) {
      ClaimedDelivery stalled = message("Stalled " + i);
      assertThatThrownBy(() -> sender.send(stalled))
          .isInstanceOf(DeliveryFailure.class)
          .hasMessageStartingWith("SMTP: ");
    }
    SmtpServer.start();
    sender.send(message("Back"));
    assertThat(SmtpServer.receivedAt(domain)).singleElement();
  }

  @Test
  void twoSendersAtOnceSendOneMessage() throws Exception {
    produceTheWeek();
    CountDownLatch start = new CountDownLatch(1);
    Callable<Integer> sender =
        () -> {
          start.await();
          return job.sendDue();
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> a = pool.submit(sender);
      Future<Integer> b = pool.submit(sender);
      start.countDown();
      a.get();
      b.get();
    } finally {
      pool.shutdown();
    }
    assertThat(SmtpServer.receivedAt(domain)).hasSize(2);
    assertThat(team.deliveries()).singleElement().extracting(d -> d.get("attempts")).isEqualTo(1);
  }

  @Test
  void aSenderThatDiedAfterClaimingIsTakenOverAfterTheLease() throws Exception {
    produceTheWeek();
    assertThat(queue.claim(100)).isNotEmpty(); // claimed, then "crashed": never sent

    job.sendDue();
    assertThat(SmtpServer.receivedAt(domain)).isEmpty();
    assertThat(team.deliveries().get(0)).containsEntry("state", "SENDING");

    clock.set(clock.instant().plus(config.lease()));
    job.sendDue();
    assertThat(SmtpServer.receivedAt(domain)).hasSize(2);
    assertThat(team.deliveries().get(0))
        .containsEntry("state", "SENT")
        .containsEntry("attempts", 2);
  }

  @Test
  void anSmtpOutageIsRetriedWithBackoffAndVisible() throws Exception {
    produceTheWeek();
    SmtpServer.stop();
    job.sendDue();
    Map<String, Object> failed = team.deliveries().get(0);
    assertThat(failed).containsEntry("state", "RETRYING").containsEntry("attempts", 1);
    assertThat((String) failed.get("lastError")).startsWith("SMTP: ");
    assertThat(failed.get("nextAttemptAt"))
        .isEqualTo(clock.instant().plus(config.backoff()).toString());
    assertThat(given().get("/q/metrics").asString())
        .containsPattern(
            "dutyboard_delivery_attempts_total\\{channel=\"email\",outcome=\"retrying\"\\} [1-9]");

    SmtpServer.start();
    job.sendDue(); // not due yet
    assertThat(SmtpServer.receivedAt(domain)).isEmpty();

    clock.set(clock.instant().plus(config.backoff()));
    job.sendDue();
    assertThat(team.deliveries().get(0))
        .containsEntry("lastError", null) // first: a failed retry names its error here
        .containsEntry("state", "SENT")
        .containsEntry("attempts", 2);
    assertThat(SmtpServer.receivedAt(domain)).hasSize(2);
  }

  @Test
  void aDeliveryIsGivenUpAfterItsAttempts() throws Exception {
    produceTheWeek();
    SmtpServer.stop();
    for (int i = 0; i < config.maxAttempts(); i++) {
      job.sendDue();
      clock.set(clock.instant().plus(config.maxBackoff()));
    }
    assertThat(team.deliveries().get(0))
        .containsEntry("state", "FAILED")
        .containsEntry("attempts", config.maxAttempts())
        .containsEntry("nextAttemptAt", null);
    SmtpServer.start();
    clock.set(clock.instant().plus(Duration.ofDays(1)));
    job.sendDue();
    assertThat(SmtpServer.receivedAt(domain)).isEmpty();
  }

  private void produceTheWeek() {
    clock.set(BOUNDARY.plus(Duration.ofMinutes(30)));
    publisher.publishDue();
    assertThat(team.deliveries()).isNotEmpty();
  }
}
