package org.dutyboard.followup;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("FollowUpFilter")
@Description("Which follow-ups to list; all conditions must hold.")
public record FollowUpFilter(
    @Id @Description("Only this incident's.") String incidentId,
    @Description("Only in this status.") FollowUpStatus status,
    @Description("Only open ones past their due date.") Boolean overdue,
    @Description("Only open ones without an owner.") Boolean unowned) {}
