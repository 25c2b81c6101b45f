package org.dutyboard.people;

import java.util.UUID;
import org.dutyboard.common.graphql.TimeZone;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Person")
@Description("Someone who can be on duty.")
public record PersonView(
    @Id @NonNull @Description("Stable id (a UUID).") UUID id,
    @NonNull @Description("Display name.") String name,
    @NonNull @Description("Unique handle, e.g. a chat nick; rosters and imports use it.")
        String handle,
    @Description("E-mail address, if known.") String email,
    @NonNull @Description("The person's own time zone, for off-hours calculations.")
        TimeZone timeZone,
    @Description("Version for optimistic locking; pass it back as `expectedVersion`.")
        int version) {}
