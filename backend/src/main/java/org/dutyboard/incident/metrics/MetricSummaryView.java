package org.dutyboard.incident.metrics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MetricSummary")
@Description("One measure aggregated over a period's incidents.")
public record MetricSummaryView(
    @NonNull @Description("Which measure.") MetricMeasure measure,
    @Description("How many incidents had both moments the measure needs.") int incidentsWithData,
    @Description("Median in seconds; null without data.") Integer medianSeconds,
    @Description("90th percentile (nearest rank) in seconds; null without data.")
        Integer p90Seconds) {}
