package org.dutyboard.summary.trend;

import org.dutyboard.people.PersonView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonLoad")
@Description(
    "One person's load over the whole trend: duty in the team's rotations (as the fairness report"
        + " counts it) and the pages that reached them off hours.")
public record PersonLoadView(
    @NonNull @Description("The person.") PersonView person,
    @Description("Hours on duty in the team's rotations (two roles at once count twice).")
        double onDutyHours,
    @Description(
            "Of those, hours on the configured holidays (`dutyboard.fairness.holidays`), in each"
                + " rotation's zone.")
        double holidayHours,
    @Description("Pages the person got first as on-call holder outside working hours.")
        int offHoursPages) {}
