package org.dutyboard.summary.trend;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DurationTrend")
@Description(
    "A duration per week over the incidents of that week: median and 90th percentile (nearest"
        + " rank), null for a week without data.")
public record DurationTrendView(
    @NonNull @Description("Median in seconds per week, oldest first; null without data.")
        List<Integer> medianSeconds,
    @NonNull @Description("90th percentile in seconds per week, oldest first; null without data.")
        List<Integer> p90Seconds,
    @NonNull @Description("How many incidents had the data, per week.")
        List<@NonNull Integer> incidentsWithData,
    @Description(
            "The newest week's median minus the week before's, in seconds; null unless both weeks"
                + " have data.")
        Integer medianDeltaSeconds) {}
