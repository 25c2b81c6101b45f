package org.dutyboard.rotation.change;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SkippedPeriodInput")
@Description("A range whose shifts have no duty, e.g. \"No clinic duty this week\".")
public record SkippedPeriodInput(
    @NonNull @Description("Start of the range; no started shift may be covered.") Instant startsAt,
    @NonNull @Description("End of the range (exclusive).") Instant endsAt,
    @NonNull @Description("Why, e.g. the holiday.") String reason) {}
