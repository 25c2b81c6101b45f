package org.dutyboard.site.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dutyboard.site.render.AssetNames;
import org.dutyboard.site.render.Templates;
import org.dutyboard.site.render.TimeFormat;
import org.dutyboard.site.render.view.TimeView;
import org.dutyboard.site.report.ReportViews.Crumb;
import org.dutyboard.site.report.ReportViews.IndexView;
import org.dutyboard.site.report.ReportViews.Layout;
import org.dutyboard.site.report.ReportViews.TeamRow;
import org.dutyboard.site.report.ReportViews.TeamView;
import org.dutyboard.site.report.ReportViews.WeekRow;
import org.dutyboard.site.report.ReportViews.WeekView;

/**
 * Renders the weekly duty report's pages: one per team week, an index of weeks per team (newest
 * first) and a top index of teams. Output depends only on the input (no clock, no locale of the
 * machine), so the same data gives the same bytes. Thread-safe and reusable.
 */
public final class WeeklyReportRenderer {

  private static final String ALL_TEAMS = "All teams";

  private final Templates templates = new Templates("weekly-report");
  private final String css = readCss();
  private final String cssPath = AssetNames.hashed("report", "css", css);

  /** The page of one week, at {@link ReportPaths#week}. */
  public String week(WeeklyReport r) {
    TimeFormat time = new TimeFormat(r.zone());
    String day = time.day(r.meetingDate());
    WeekView view = WeekSection.of(r, time);
    Layout page =
        new Layout(
            r.teamName() + ": week to the meeting of " + day,
            "../",
            List.of(
                new Crumb("../" + ReportPaths.INDEX, ALL_TEAMS),
                new Crumb(ReportPaths.INDEX, r.teamName()),
                new Crumb(null, day)),
            zoneNote(TimeFormat.zoneName(r.zone())),
            cssPath);
    return templates
        .get("week.html")
        .data("page", page)
        .data("v", view)
        .data("t", TrendSection.of(r.trends(), time))
        .render();
  }

  /** The index of one team's weeks, at {@link ReportPaths#team}; {@code weeks} of one team. */
  public String team(List<ReportEntry> weeks) {
    List<ReportEntry> newestFirst = newestFirst(weeks);
    String name = newestFirst.get(0).teamName();
    List<WeekRow> rows =
        newestFirst.stream()
            .map(
                e -> {
                  TimeFormat time = new TimeFormat(e.zone());
                  return new WeekRow(
                      e.meetingDate() + ".html",
                      time.day(e.meetingDate()),
                      time(time, e.weekStart()),
                      time(time, e.weekEnd()),
                      e.pages(),
                      e.incidentsDeclared());
                })
            .toList();
    Layout page =
        new Layout(
            name + ": weekly duty reports",
            "../",
            List.of(new Crumb("../" + ReportPaths.INDEX, ALL_TEAMS), new Crumb(null, name)),
            zoneNote(TimeFormat.zoneName(newestFirst.get(0).zone())),
            cssPath);
    return templates
        .get("team.html")
        .data("page", page)
        .data("v", new TeamView(name, rows))
        .render();
  }

  /** The top index of teams, at {@link ReportPaths#INDEX}. */
  public String index(List<ReportEntry> all) {
    List<TeamRow> teams = new ArrayList<>();
    byTeam(all)
        .forEach(
            (slug, weeks) -> {
              ReportEntry latest = weeks.get(0);
              teams.add(
                  new TeamRow(
                      ReportPaths.team(slug),
                      latest.teamName(),
                      weeks.size(),
                      latest.path(),
                      new TimeFormat(latest.zone()).day(latest.meetingDate())));
            });
    teams.sort(
        Comparator.comparing((TeamRow t) -> t.name().toLowerCase(Locale.ROOT))
            .thenComparing(TeamRow::href));
    Layout page =
        new Layout(
            "Weekly duty reports",
            "",
            List.of(new Crumb(null, ALL_TEAMS)),
            "Times are shown in each team's meeting time zone.",
            cssPath);
    return templates.get("index.html").data("page", page).data("v", new IndexView(teams)).render();
  }

  /** The stylesheet, at {@link #cssPath()}. */
  public String css() {
    return css;
  }

  /** The stylesheet's content-hashed site path, e.g. {@code assets/report.3fa2c1d9e0b4.css}. */
  public String cssPath() {
    return cssPath;
  }

  private static String readCss() {
    try (InputStream in =
        WeeklyReportRenderer.class.getResourceAsStream("/templates/weekly-report/report.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Entries grouped by team slug (sorted), each team's newest week first. */
  static Map<String, List<ReportEntry>> byTeam(List<ReportEntry> all) {
    Map<String, List<ReportEntry>> teams = new LinkedHashMap<>();
    newestFirst(all).stream()
        .sorted(Comparator.comparing(ReportEntry::teamSlug))
        .forEach(e -> teams.computeIfAbsent(e.teamSlug(), s -> new ArrayList<>()).add(e));
    return teams;
  }

  /** Entries in a stable order: by team slug, then newest week first. */
  static List<ReportEntry> sorted(List<ReportEntry> all) {
    return byTeam(all).values().stream().flatMap(List::stream).toList();
  }

  private static List<ReportEntry> newestFirst(List<ReportEntry> weeks) {
    return weeks.stream()
        .sorted(Comparator.comparing(ReportEntry::meetingDate).reversed())
        .toList();
  }

  /** Only http(s) URLs become links: a {@code javascript:} "link" stays inert text. */
  static String href(String url) {
    if (url == null) {
      return null;
    }
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
  }

  private static String zoneNote(String zone) {
    return "Times are shown in " + zone + " time, the team's meeting zone.";
  }

  static TimeView time(TimeFormat format, Instant instant) {
    return new TimeView(format.isoUtc(instant), format.display(instant));
  }
}
