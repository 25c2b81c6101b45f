package org.dutyboard.rotation;

import org.dutyboard.people.PersonView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ShiftAssignment")
@Description("Who holds one role during a shift, and why.")
public record ShiftAssignmentView(
    @NonNull @Description("The role, e.g. `primary`.") String role,
    @NonNull @Description("The person holding it.") PersonView person,
    @NonNull @Description("Where the assignment comes from.") ShiftSource source) {}
