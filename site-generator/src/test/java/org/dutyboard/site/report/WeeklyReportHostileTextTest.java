package org.dutyboard.site.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dutyboard.site.report.WeeklyReport.Count;
import org.dutyboard.site.report.WeeklyReport.Incident;
import org.dutyboard.site.report.WeeklyReport.Incidents;
import org.dutyboard.site.report.WeeklyReport.Maintenance;
import org.dutyboard.site.report.WeeklyReport.Metric;
import org.dutyboard.site.report.WeeklyReport.Metrics;
import org.dutyboard.site.report.WeeklyReport.Note;
import org.dutyboard.site.report.WeeklyReport.Pages;
import org.dutyboard.site.report.WeeklyReport.ReportDue;
import org.dutyboard.site.report.WeeklyReport.ReportsDue;
import org.dutyboard.site.report.WeeklyReport.Request;
import org.dutyboard.site.report.WeeklyReport.Requests;
import org.dutyboard.site.report.WeeklyReport.RoleHolder;
import org.junit.jupiter.api.Test;

/** Names, titles, notes and links typed by people in a hurry, or by an attacker, stay text. */
class WeeklyReportHostileTextTest {

  static final String EVIL = "\"Quoted\" & 'single' <script>alert('x')</script> 🔥 مرحبا";
  static final String BODY = "Line </li><img src=x onerror=alert(1)>\nLine two <b>bold</b>";

  @Test
  void everythingIsEscapedAndOnlyHttpLinksBecomeLinks() {
    WeeklyReport s = SampleReport.week();
    WeeklyReport evil =
        new WeeklyReport(
            "evil-team",
            EVIL,
            s.weekStart(),
            s.weekEnd(),
            s.meetingDate(),
            s.zone(),
            List.of(new RoleHolder(EVIL, EVIL, EVIL, EVIL, s.weekStart(), s.weekEnd())),
            List.of(),
            new Pages(1, 0, List.of(new Count(EVIL, 1)), List.of(new Count(EVIL, 1)), List.of()),
            new Incidents(List.of(new Incident(EVIL, EVIL, EVIL, EVIL)), List.of(), List.of(), 1),
            new ReportsDue(
                5, List.of(new ReportDue(EVIL, EVIL, EVIL, s.weekStart(), EVIL)), List.of(), 1),
            new Metrics(1, 0, List.of(new Metric(EVIL, 0, null, null))),
            s.followUps(),
            new Requests(List.of(new Request(EVIL, EVIL, EVIL, "javascript:alert(1)")), List.of()),
            List.of(
                new Note(BODY, "javascript:alert(document.cookie)", true, EVIL),
                new Note(BODY, "https://example.org/?a=1&b=\"><script>", false, EVIL)),
            List.of(new Maintenance(EVIL, s.weekEnd(), s.weekEnd(), EVIL, List.of(EVIL))),
            SampleReport.trends(s.meetingDate(), EVIL));
    WeeklyReportRenderer renderer = new WeeklyReportRenderer();
    List<ReportEntry> entries = List.of(ReportEntry.of(evil));
    for (String html :
        List.of(renderer.week(evil), renderer.team(entries), renderer.index(entries))) {
      assertThat(html)
          .doesNotContain("<script", "<img", "<b>bold", "href=\"javascript:")
          .contains("&quot;Quoted&quot; &amp; &#39;single&#39; &lt;script&gt;");
    }
    String week = renderer.week(evil);
    assertThat(week)
        .contains("Line &lt;/li&gt;&lt;img src=x onerror=alert(1)&gt;")
        .contains("<span class=\"meta\">(javascript:alert(document.cookie))</span>")
        .contains("<span class=\"meta\">(ticket: javascript:alert(1))</span>")
        .contains("href=\"https://example.org/?a=1&amp;b=&quot;&gt;&lt;script&gt;\"")
        .contains("1 private incident not shown.");
  }

  @Test
  void aTeamSlugThatIsNotAPathSegmentIsRefused() {
    WeeklyReport s = SampleReport.week();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SampleReport.week("../etc", "x", LocalDate.of(2026, 3, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("teamSlug");
    assertThat(s.teamSlug()).isEqualTo("sre-core");
  }
}
