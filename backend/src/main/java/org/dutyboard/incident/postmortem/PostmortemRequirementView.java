package org.dutyboard.incident.postmortem;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PostmortemRequirement")
@Description("Whether an incident needs a report before closing, and why (see README).")
public record PostmortemRequirementView(
    @Description("True when a report in IN_REVIEW or PUBLISHED is needed to close.")
        boolean required,
    @NonNull @Description("Which rules apply.") List<@NonNull String> reasons,
    @Description("True when an admin waived the report.") boolean waived) {}
