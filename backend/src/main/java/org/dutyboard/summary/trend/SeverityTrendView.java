package org.dutyboard.summary.trend;

import org.dutyboard.incident.Severity;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SeverityTrend")
@Description("Weekly incident counts of one severity.")
public record SeverityTrendView(
    @NonNull @Description("The severity.") Severity severity,
    @NonNull @Description("Incidents of that severity per week.") TrendSeriesView series) {}
