package org.dutyboard.people;

import org.dutyboard.common.graphql.TimeZone;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PersonInput")
@Description("A person to create or the new state of one to update.")
public record PersonInput(
    @NonNull
        @Description(
            "Display name, 1-200 characters on one line, not starting with = + - @ (spreadsheet"
                + " formulas).")
        String name,
    @NonNull @Description("Unique handle: letters, digits, `.`, `_`, `-`; at most 64.")
        String handle,
    @Description("E-mail address, at most 320 characters.") String email,
    @NonNull @Description("The person's IANA time zone.") TimeZone timeZone) {}
