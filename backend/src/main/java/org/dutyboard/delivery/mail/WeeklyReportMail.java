package org.dutyboard.delivery.mail;

import jakarta.enterprise.context.ApplicationScoped;
import org.dutyboard.site.report.WeeklyReport;
import org.dutyboard.site.report.WeeklyReportRenderer;

/**
 * The weekly report as an email: the published page with its styles inlined (HTML part) and the
 * summary's Markdown (plain-text part). Both come from the report's read model, written for a
 * reader without special access, so private incidents appear only as a count.
 */
@ApplicationScoped
public class WeeklyReportMail {
  private final WeeklyReportRenderer renderer = new WeeklyReportRenderer();

  /** A composed message. */
  public record Message(String subject, String html, String text) {}

  public Message compose(WeeklyReport report, String markdown, String reportUrl) {
    String html = EmailHtml.of(renderer.week(report), reportUrl, report.teamName());
    String text = markdown + "\n\n---\nRead it online: " + reportUrl + "\n";
    return new Message(subject(report), html, text);
  }

  /** E.g. "SRE weekly summary — SRE Core — week of 2026-11-30" (the meeting that ends the week). */
  public static String subject(WeeklyReport report) {
    return "SRE weekly summary — " + report.teamName() + " — week of " + report.meetingDate();
  }
}
