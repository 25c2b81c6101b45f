package org.dutyboard.people;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("TeamInput")
@Description("A team to create or the new state of one to update.")
public record TeamInput(
    @NonNull
        @Description(
            "Unique team name, 1-120 characters on one line, not starting with = + - @"
                + " (spreadsheet formulas).")
        String name,
    @Description("What the team does, at most 2000 characters.") String description) {}
