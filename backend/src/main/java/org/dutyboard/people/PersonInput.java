package org.dutyboard.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
    @NonNull
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may contain letters, digits, . _ - only")
        @Description("Unique handle: letters, digits, `.`, `_`, `-`; at most 64.")
        String handle,
    @Email @Size(max = 320) @Description("E-mail address.") String email,
    @NonNull @Description("The person's IANA time zone.") TimeZone timeZone) {}
