package org.dutyboard.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.dutyboard.clinic.requests.RequestKind;
import org.dutyboard.clinic.requests.RequestState;
import org.dutyboard.common.graphql.TimeZone;
import org.dutyboard.incident.IncidentStatus;
import org.dutyboard.incident.Severity;
import org.dutyboard.incident.metrics.IncidentMetricsViews;
import org.dutyboard.maintenance.MaintenanceStatus;
import org.dutyboard.people.PersonView;
import org.dutyboard.rotation.schedule.ShiftSource;
import org.dutyboard.summary.WeeklySummaryView.SummaryCountView;
import org.dutyboard.summary.WeeklySummaryView.SummaryFollowUpsView;
import org.dutyboard.summary.WeeklySummaryView.SummaryHandoffView;
import org.dutyboard.summary.WeeklySummaryView.SummaryIncidentView;
import org.dutyboard.summary.WeeklySummaryView.SummaryIncidentsView;
import org.dutyboard.summary.WeeklySummaryView.SummaryMaintenanceView;
import org.dutyboard.summary.WeeklySummaryView.SummaryNoteView;
import org.dutyboard.summary.WeeklySummaryView.SummaryPagesView;
import org.dutyboard.summary.WeeklySummaryView.SummaryPostmortemDueView;
import org.dutyboard.summary.WeeklySummaryView.SummaryPostmortemsDueView;
import org.dutyboard.summary.WeeklySummaryView.SummaryRequestView;
import org.dutyboard.summary.WeeklySummaryView.SummaryRequestsView;
import org.dutyboard.summary.WeeklySummaryView.SummaryRoleHoldingView;
import org.dutyboard.summary.trend.DurationTrendView;
import org.dutyboard.summary.trend.PersonLoadView;
import org.dutyboard.summary.trend.SeverityTrendView;
import org.dutyboard.summary.trend.TrendSeriesView;
import org.dutyboard.summary.trend.TrendWeekView;
import org.dutyboard.summary.trend.WeeklyTrendsView;
import org.junit.jupiter.api.Test;

/** The summary's Markdown from its Qute templates: structure, escaping and the trend section. */
class WeeklySummaryMarkdownTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final String EVIL = "# Evil *bold* <script>x</script> [l](javascript:1)\n## Injected";

  static WeeklySummaryView week(String text) {
    Instant start = Instant.parse("2037-03-09T09:00:00Z");
    Instant end = Instant.parse("2037-03-16T09:00:00Z");
    SummaryIncidentView inc =
        new SummaryIncidentView(4, "INC-4", text, Severity.SEV2, IncidentStatus.RESOLVED);
    return new WeeklySummaryView(
        UUID.randomUUID(),
        text,
        start,
        end,
        LocalDate.parse("2037-03-16"),
        List.of(
            new SummaryRoleHoldingView(text, "primary", text, ShiftSource.ROTATION, start, end)),
        List.of(
            new SummaryHandoffView(text, "primary", start, text, text, false),
            new SummaryHandoffView("R", "primary", start, "a", "b", true)),
        1,
        new SummaryPagesView(
            3,
            2,
            List.of(new SummaryCountView(text, 3)),
            List.of(),
            List.of(new SummaryCountView("A", 1))),
        new SummaryIncidentsView(List.of(inc), List.of(inc), List.of(), 2),
        new SummaryPostmortemsDueView(
            5,
            List.of(new SummaryPostmortemDueView(4, "INC-4", text, Severity.SEV2, start, null)),
            List.of(),
            1),
        IncidentMetricsViews.metrics(start, end, List.of(), 1),
        new SummaryFollowUpsView(3, 1, 1),
        new SummaryRequestsView(
            List.of(
                new SummaryRequestView(text, RequestKind.FLOATING_IP, RequestState.DECLINED, "x")),
            List.of()),
        List.of(
            new SummaryNoteView(text, "https://example.org/a", true, text),
            new SummaryNoteView("plain", "javascript:alert(1)", false, "ana")),
        List.of(
            new SummaryMaintenanceView(
                text, start, end, MaintenanceStatus.SCHEDULED, List.of(text, "API"))),
        trends(text),
        "");
  }

  static WeeklyTrendsView trends(String person) {
    List<TrendWeekView> weeks =
        List.of(
            new TrendWeekView(
                Instant.parse("2037-03-02T09:00:00Z"),
                Instant.parse("2037-03-09T09:00:00Z"),
                LocalDate.parse("2037-03-09")),
            new TrendWeekView(
                Instant.parse("2037-03-09T09:00:00Z"),
                Instant.parse("2037-03-16T09:00:00Z"),
                LocalDate.parse("2037-03-16")));
    TrendSeriesView zeroOne = TrendSeriesView.of(new int[] {0, 1});
    TrendSeriesView none = TrendSeriesView.of(new int[] {0, 0});
    List<SeverityTrendView> bySeverity =
        List.of(
            new SeverityTrendView(Severity.SEV1, none),
            new SeverityTrendView(Severity.SEV2, zeroOne),
            new SeverityTrendView(Severity.SEV3, TrendSeriesView.of(new int[] {2, 0})),
            new SeverityTrendView(Severity.SEV4, none));
    return new WeeklyTrendsView(
        UUID.randomUUID(),
        weeks,
        TrendSeriesView.of(new int[] {0, 3}),
        TrendSeriesView.of(new int[] {4, 2}),
        bySeverity,
        bySeverity,
        new DurationTrendView(
            java.util.Arrays.asList(3600, 5400),
            java.util.Arrays.asList(3600, 7200),
            List.of(1, 1),
            1800),
        TrendSeriesView.of(new int[] {1, 3}),
        zeroOne,
        zeroOne,
        zeroOne,
        TrendSeriesView.of(new int[] {1, 1}),
        1,
        List.of(
            new PersonLoadView(
                new PersonView(UUID.randomUUID(), person, "p", null, new TimeZone("UTC"), 0),
                84.5,
                8,
                2)));
  }

  @Test
  void theTrendSectionGivesEachSeriesWithItsChange() {
    String md = WeeklySummaryMarkdown.render(week("Team A"), BERLIN);
    assertThat(md)
        .contains(
            """
            ## Trends (last 2 weeks)

            Weeks to the meetings of 2037-03-09 to 2037-03-16, oldest first; a week without any\
             counts 0.

            - Pages: 3 (▲ 3 vs last week); by week: 0, 3
            - Off-hours pages: 2 (▼ 2 vs last week); by week: 4, 2
            - Incidents declared: 1 (▼ 1 vs last week); by week: 2, 1; this week SEV1 0, SEV2 1,\
             SEV3 0, SEV4 0
            """)
        .contains(
            "- Time to resolve (median, of the incidents resolved in the week): 1 h 30 min"
                + " (▲ 30 min vs last week); by week (h): 1.0, 1.5\n")
        .contains("- Handoffs not acknowledged: 1 (same as last week); by week: 1, 1\n")
        .contains("- 1 private incident not included\n")
        .contains("  - Team A: 84.5 h, 8.0 h, 2\n");
  }

  @Test
  void userTextCannotAddHeadingsOrMarkupToTheTrendSection() {
    String md = WeeklySummaryMarkdown.render(week(EVIL), BERLIN);
    assertThat(md.lines().filter(l -> l.startsWith("#")))
        .containsExactly(
            "# Weekly SRE summary: \\# Evil \\*bold\\* \\<script\\>x\\</script\\>"
                + " \\[l\\](javascript:1) ## Injected",
            "## Notes",
            "## On duty",
            "## Handoffs",
            "## Pages for awareness",
            "## Incidents",
            "## Incident reports",
            "## Incident metrics",
            "## Follow-ups",
            "## Clinic requests",
            "## Trends (last 2 weeks)",
            "## Maintenance next week");
    assertThat(md).doesNotContain("<script>").contains("  - \\# Evil \\*bold\\*");
  }
}
