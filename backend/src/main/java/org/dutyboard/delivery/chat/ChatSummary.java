package org.dutyboard.delivery.chat;

import org.dutyboard.delivery.mail.WeeklyReportMail;
import org.dutyboard.site.report.WeeklyReport;

/**
 * The weekly report in a few chat lines (Slack mrkdwn, which Mattermost and Matrix hook bridges
 * accept too): the subject in bold, the numbers at a glance, and a link to the report. Built from
 * the report's read model, so it holds no private incident data.
 */
public final class ChatSummary {
  private ChatSummary() {}

  public static String text(WeeklyReport r, String reportUrl) {
    WeeklyReport.Incidents incidents = r.incidents();
    return "*"
        + escape(WeeklyReportMail.subject(r))
        + "*\n"
        + "Pages: "
        + r.pages().total()
        + " ("
        + r.pages().offHours()
        + " off hours) · Incidents: "
        + incidents.declared().size()
        + " declared, "
        + incidents.resolved().size()
        + " resolved, "
        + incidents.stillOpen().size()
        + " still open"
        + (incidents.privateNotShown() == 0
            ? ""
            : " (" + incidents.privateNotShown() + " private not shown)")
        + " · Reports overdue: "
        + r.reportsDue().overdue().size()
        + " · Unacknowledged handoffs: "
        + r.unacknowledgedHandoffs()
        + " · Follow-ups overdue: "
        + r.followUps().overdue()
        + "\n<"
        + reportUrl
        + "|Read the weekly report>";
  }

  /** Slack's three control characters; the rest of a team name stays as written. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
