package org.dutyboard.site.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One published week in the report's index ({@code weeks.json} of every version): enough to list
 * the week without reading its page again.
 */
public record ReportEntry(
    String teamSlug,
    String teamName,
    LocalDate meetingDate,
    Instant weekStart,
    Instant weekEnd,
    ZoneId zone,
    int pages,
    int incidentsDeclared) {

  static ReportEntry of(WeeklyReport report) {
    return new ReportEntry(
        report.teamSlug(),
        report.teamName(),
        report.meetingDate(),
        report.weekStart(),
        report.weekEnd(),
        report.zone(),
        report.pages().total(),
        report.incidents().declared().size());
  }

  /** The week's page, relative to the report's root: {@code <team-slug>/<meeting-date>.html}. */
  public String path() {
    return ReportPaths.week(teamSlug, meetingDate);
  }

  boolean sameWeek(ReportEntry other) {
    return teamSlug.equals(other.teamSlug) && meetingDate.equals(other.meetingDate);
  }
}
