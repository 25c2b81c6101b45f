package org.dutyboard.rotation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RoleInput")
@Description("A role filled on every shift, e.g. `primary`, `secondary`, `clinician`, `backup`.")
public record RoleInput(
    @NonNull @Description("Role name, unique within the rotation, 1-64 characters.") String name,
    @Description(
            "Roster offset: the holder of this role in shift n is roster[(n + offset) mod size]."
                + " Defaults to the role's position, so the secondary is the next in line."
                + " Use -1 to make last shift's primary the backup.")
        Integer rosterOffset) {}
