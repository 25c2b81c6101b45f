package org.dutyboard.incident;

import io.smallrye.graphql.api.Nullable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateIncidentInput")
@Description(
    "Changes to an incident's details; omitted fields stay as they are. Every change is recorded"
        + " on the timeline.")
public record UpdateIncidentInput(
    @Description("Title, 1-200 characters.") String title,
    @Description("Summary, at most 10,000 characters.") String summary,
    @Description("Public headline, at most 200 characters.") String publicTitle,
    @Description("Severity.") Severity severity,
    @Description("Who is affected (replaces the list).") List<Audience> audiences,
    @Nullable @Id @Description("Affected components (replaces the list).")
        List<@NonNull String> componentIds,
    @Description("When impact began.") Instant startedAt,
    @Description("When it was noticed.") Instant detectedAt,
    @Description("When a responder took it on.") Instant acknowledgedAt,
    @Description("When impact was mitigated.") Instant mitigatedAt,
    @Description("Whether the team worked on it.") TeamInvolvement teamInvolvement,
    @Description("It needed a rollback, roll-forward or hotfix.") Boolean rollbackOrHotfix,
    @Description("That rollback happened during a documented testing phase.")
        Boolean rollbackDuringTestingPhase) {}
