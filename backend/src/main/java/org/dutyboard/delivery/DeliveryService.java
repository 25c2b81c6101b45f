package org.dutyboard.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.dutyboard.common.PublicUrl;
import org.dutyboard.delivery.chat.ChatSummary;
import org.dutyboard.delivery.mail.WeeklyReportMail;
import org.dutyboard.delivery.settings.TeamDelivery;
import org.dutyboard.site.report.ReportPaths;
import org.dutyboard.site.report.WeeklyReport;
import org.dutyboard.summary.WeeklyReportProduced;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

/**
 * Queues the delivery of each newly produced week of the weekly report, in the transaction that
 * produced it: one row per channel the team has set, created at most once (its unique key), with
 * the message as it will be sent. {@link DeliveryJob} sends them.
 */
@ApplicationScoped
@Transactional
public class DeliveryService {
  private static final Logger LOG = Logger.getLogger(DeliveryService.class);
  private static final String INSERT =
      """
      insert into delivery (id, team_id, meeting_date, channel, state, subject, body_html,
                            body_text, report_url, next_attempt_at, created_at, updated_at)
      values (:id, :team, :meetingDate, :channel, 'PENDING', :subject, :html, :text, :url,
              :now, :now, :now)
      on conflict (team_id, meeting_date, channel) do nothing""";

  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject DeliveryConfig config;
  @Inject PublicUrl publicUrl;
  @Inject WeeklyReportMail mail;

  void onProduced(@Observes WeeklyReportProduced produced) {
    TeamDelivery settings = TeamDelivery.findById(produced.teamId());
    if (settings == null) {
      return;
    }
    WeeklyReport report = produced.report();
    Instant now = clock.instant();
    if (report.weekEnd().plus(config.maxAge()).isBefore(now)) {
      LOG.debugf(
          "Week %s of team %s is older than max-age: not delivered",
          report.meetingDate(), produced.teamId());
      return;
    }
    String url = reportUrl(report);
    if (settings.recipients.length > 0) {
      WeeklyReportMail.Message m = mail.compose(report, produced.markdown(), url);
      insert(
          produced.teamId(),
          report,
          DeliveryChannel.EMAIL,
          m.subject(),
          m.html(),
          m.text(),
          url,
          now);
    }
    if (settings.chatWebhookUrl != null) {
      insert(
          produced.teamId(),
          report,
          DeliveryChannel.CHAT,
          WeeklyReportMail.subject(report),
          null,
          ChatSummary.text(report, url),
          url,
          now);
    }
  }

  /**
   * Where the week's page is read: {@code report-url} (or {@code <public-url>/reports/}) + path.
   */
  String reportUrl(WeeklyReport report) {
    String base = config.reportUrl().orElseGet(() -> publicUrl.link("/reports/"));
    return (base.endsWith("/") ? base : base + "/")
        + ReportPaths.week(report.teamSlug(), report.meetingDate());
  }

  private void insert(
      UUID team,
      WeeklyReport report,
      DeliveryChannel channel,
      String subject,
      String html,
      String text,
      String url,
      Instant now) {
    em.createNativeQuery(INSERT)
        .unwrap(NativeQuery.class)
        .setParameter("id", UUID.randomUUID())
        .setParameter("team", team)
        .setParameter("meetingDate", report.meetingDate())
        .setParameter("channel", channel.name())
        .setParameter("subject", subject)
        .setParameter("html", html, String.class)
        .setParameter("text", text)
        .setParameter("url", url)
        .setParameter("now", now)
        .executeUpdate();
  }
}
