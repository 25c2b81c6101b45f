package org.dutyboard.rotation.fairness;

import org.dutyboard.people.PersonView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonFairness")
@Description("One person's share of a rotation's duty in a range.")
public record PersonFairnessView(
    @NonNull @Description("The person.") PersonView person,
    @Description(
            "Pieces held: whole shifts, or the parts of shifts an override or trade gave them,"
                + " per role.")
        int shifts,
    @Description("Hours on duty inside the range (a person holding two roles counts both).")
        double hours,
    @Description("Of those, hours on Saturdays and Sundays in the rotation's time zone.")
        double weekendHours,
    @Description(
            "Of those, hours on the configured holidays (`dutyboard.fairness.holidays`), counted"
                + " separately from weekends: a holiday on a Saturday counts in both.")
        double holidayHours,
    @Description("Pieces this person held because of an override.") int overridesTaken,
    @Description("Pieces an override gave away from this person to someone else.")
        int overridesGiven,
    @Description("Pieces this person held because of a trade.") int tradesTaken,
    @Description("Pieces a trade gave away from this person to someone else.") int tradesGiven) {}
