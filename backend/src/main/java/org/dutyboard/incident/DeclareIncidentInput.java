package org.dutyboard.incident;

import io.smallrye.graphql.api.Nullable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DeclareIncidentInput")
@Description("What is known when a human declares an incident.")
public record DeclareIncidentInput(
    @NonNull @Description("Title, 1-200 characters.") String title,
    @Description("Summary, at most 10,000 characters.") String summary,
    @NonNull @Description("Severity.") Severity severity,
    @Description("Who is affected.") List<Audience> audiences,
    @Nullable @Id @Description("Ids of affected status-page components.")
        List<@NonNull String> componentIds,
    @Description("PUBLIC (default) or PRIVATE (e.g. security: private until mitigated).")
        Visibility visibility,
    @Description("Which declaring criteria apply (the checklist).")
        List<DeclareCriterion> declareCriteria,
    @Description("When impact began, if known.") Instant startedAt,
    @Description("When it was noticed, if known.") Instant detectedAt,
    @Description("Take the coordinator role yourself (you are the IC from now on).")
        Boolean takeCoordinator,
    @Description("Public headline, at most 200 characters.") String publicTitle) {}
