package org.dutyboard.incident.metrics;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("IncidentMetrics")
@Description("Response times over the incidents declared in [from, to) that the caller may see.")
public record IncidentMetricsView(
    @NonNull @Description("Start of the period (inclusive).") Instant from,
    @NonNull @Description("End of the period (exclusive).") Instant to,
    @Description("Incidents included (declared in the period and visible to the caller).")
        int incidentCount,
    @Description(
            "Private incidents in the period the caller may not see: counted here, never named,"
                + " not included in the measures.")
        int privateIncidentsNotShown,
    @NonNull @Description("One summary per measure.") List<@NonNull MetricSummaryView> measures) {}
