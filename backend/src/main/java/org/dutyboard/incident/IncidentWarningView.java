package org.dutyboard.incident;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("IncidentWarning")
@Description("A rule the incident currently breaks; shown prominently on dashboards.")
public record IncidentWarningView(
    @NonNull @Description("Which rule.") IncidentWarningCode code,
    @NonNull @Description("What is wrong, for people.") String message,
    @NonNull @Description("Since when the rule is broken.") Instant since) {}
