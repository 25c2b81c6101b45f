package org.dutyboard.clinic.pages;

import org.dutyboard.people.PersonView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageOnCall")
@Description("Who held a role of the page's rotation when the alert started firing.")
public record PageOnCallView(
    @NonNull @Description("The role, e.g. `primary`.") String role,
    @NonNull @Description("The person.") PersonView person) {}
