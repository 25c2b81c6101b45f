package org.dutyboard.site.report;

import java.time.LocalDate;

/** Stable paths inside the weekly report, relative to its root. */
public final class ReportPaths {
  public static final String INDEX = "index.html";
  public static final String MANIFEST = "weeks.json";

  private ReportPaths() {}

  /** {@code <team-slug>/<meeting-date>.html}, e.g. {@code sre-core/2026-11-23.html}. */
  public static String week(String teamSlug, LocalDate meetingDate) {
    return teamSlug + "/" + meetingDate + ".html";
  }

  /** {@code <team-slug>/index.html}: the team's weeks, newest first. */
  public static String team(String teamSlug) {
    return teamSlug + "/" + INDEX;
  }
}
