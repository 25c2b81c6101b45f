package org.dutyboard.clinic.alertpage;

import org.dutyboard.people.PersonView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AlertPageOnCall")
@Description("Who held a role of the page's rotation when the alert started firing.")
public record AlertPageOnCallView(
    @NonNull @Description("The role, e.g. `primary`.") String role,
    @NonNull @Description("The person.") PersonView person) {}
