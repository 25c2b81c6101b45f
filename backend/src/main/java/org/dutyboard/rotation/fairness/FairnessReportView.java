package org.dutyboard.rotation.fairness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dutyboard.rotation.RotationView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FairnessReport")
@Description("How a rotation's duty was spread over people in [from, to).")
public record FairnessReportView(
    @NonNull @Description("The rotation.") RotationView rotation,
    @NonNull @Description("Start of the range (inclusive).") Instant from,
    @NonNull @Description("End of the range (exclusive).") Instant to,
    @NonNull @Description("The holidays (from configuration) that fall into the range.")
        List<@NonNull LocalDate> holidays,
    @NonNull
        @Description(
            "One entry per person: the latest roster in order (even with nothing held), then"
                + " anyone else who held or gave a piece.")
        List<@NonNull PersonFairnessView> people) {}
