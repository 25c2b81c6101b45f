package org.dutyboard.rotation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RotationRole")
@Description("A role filled on every shift of a rotation.")
public record RotationRoleView(
    @NonNull @Description("Role name, e.g. `primary` or `backup`.") String name,
    @Description("0 for the first role, 1 for the next, ...") int position,
    @Description("Holder of shift n is roster[(n + rosterOffset) mod rosterSize].")
        int rosterOffset) {}
