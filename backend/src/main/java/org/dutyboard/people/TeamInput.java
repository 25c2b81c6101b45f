package org.dutyboard.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("TeamInput")
@Description("A team to create or the new state of one to update.")
public record TeamInput(
    @NonNull @NotBlank @Size(max = 120) @Description("Unique team name, 1-120 characters.")
        String name,
    @Size(max = 2000) @Description("What the team does, at most 2000 characters.")
        String description) {}
