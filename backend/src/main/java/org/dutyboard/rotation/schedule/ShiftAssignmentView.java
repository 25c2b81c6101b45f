package org.dutyboard.rotation.schedule;

import java.time.Instant;
import org.dutyboard.people.PersonView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ShiftAssignment")
@Description("Who holds one role during a shift, and why.")
public record ShiftAssignmentView(
    @NonNull @Description("The role, e.g. `primary`.") String role,
    @NonNull @Description("The person holding it.") PersonView person,
    @NonNull @Description("Where the assignment comes from.") ShiftSource source,
    @NonNull @Description("When this person starts holding the role (within the shift).")
        Instant start,
    @NonNull @Description("When this person stops holding the role.") Instant end) {}
