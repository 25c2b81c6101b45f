package org.dutyboard.summary.trend;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("WeeklyTrends")
@Description(
    "A team's meeting weeks side by side, oldest first, ending with the week asked for: one value"
        + " per week in every series, so dashboards can draw them. Private incidents the reader may"
        + " not see are left out of the incident series and only counted.")
public record WeeklyTrendsView(
    @Id @NonNull @Description("The team.") UUID teamId,
    @NonNull @Description("The weeks, oldest first.") List<@NonNull TrendWeekView> weeks,
    @NonNull @Description("Pages (alerts that started firing) per week.") TrendSeriesView pages,
    @NonNull
        @Description(
            "Of those, pages outside 09:00-18:00 on weekdays in the paged person's zone (the"
                + " meeting's zone when nobody was on call).")
        TrendSeriesView offHoursPages,
    @NonNull
        @Description("Incidents the team took part in, declared per week, one entry per severity.")
        List<@NonNull SeverityTrendView> incidentsDeclared,
    @NonNull @Description("Those incidents resolved per week, one entry per severity.")
        List<@NonNull SeverityTrendView> incidentsResolved,
    @NonNull
        @Description("Time to resolve (resolved - started) of the incidents resolved in each week.")
        DurationTrendView timeToResolve,
    @NonNull @Description("Follow-ups of the team's incidents created per week.")
        TrendSeriesView followUpsCreated,
    @NonNull @Description("Follow-ups of the team's incidents completed (done) per week.")
        TrendSeriesView followUpsCompleted,
    @NonNull
        @Description(
            "Follow-ups of the team's incidents overdue at each week's end: open then, due before"
                + " the week's meeting.")
        TrendSeriesView followUpsOverdue,
    @NonNull @Description("Clinic requests granted or declined per week.")
        TrendSeriesView clinicRequestsHandled,
    @NonNull @Description("Handoffs due in each week that nobody acknowledged.")
        TrendSeriesView unacknowledgedHandoffs,
    @Description(
            "Private incidents of the whole trend the reader may not see, left out of the incident"
                + " series.")
        int privateIncidentsNotIncluded,
    @NonNull
        @Description(
            "Load per person over all the trend's weeks: everyone on a roster of the team's"
                + " rotations and anyone else who held duty or got a page off hours, most on-duty"
                + " hours first.")
        List<@NonNull PersonLoadView> load) {}
