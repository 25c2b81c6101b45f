package org.dutyboard.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dutyboard.component.ComponentView;
import org.dutyboard.incident.metrics.IncidentDurationsView;
import org.dutyboard.incident.role.IncidentRoleHolderView;
import org.dutyboard.people.PersonView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Incident")
@Description("An incident: what happened, how bad, who coordinates, and the moments that matter.")
public record IncidentView(
    @Id @NonNull @Description("Stable id (a UUID).") UUID id,
    @NonNull @Description("Human-readable reference, e.g. INC-42.") String reference,
    @NonNull @Description("Internal title.") String title,
    @Description("Headline for the public status page; the internal title is never public.")
        String publicTitle,
    @Description("Current summary of what is known.") String summary,
    @NonNull @Description("Severity.") Severity severity,
    @Description("True for SEV1 and SEV2: a coordinator is mandatory.") boolean major,
    @NonNull @Description("Lifecycle state.") IncidentStatus status,
    @NonNull @Description("Who may see it.") Visibility visibility,
    @NonNull @Description("Who is affected.") List<@NonNull Audience> audiences,
    @NonNull @Description("Declaring criteria ticked when declaring.")
        List<@NonNull DeclareCriterion> declareCriteria,
    @NonNull @Description("Affected status-page components.")
        List<@NonNull ComponentView> components,
    @Description("When impact began.") Instant startedAt,
    @Description("When the problem was noticed (alert or report).") Instant detectedAt,
    @NonNull @Description("When a human declared the incident.") Instant declaredAt,
    @Description("When a responder first took it on.") Instant acknowledgedAt,
    @Description("When impact was mitigated (service restored, root cause may remain).")
        Instant mitigatedAt,
    @Description("When impact ended.") Instant resolvedAt,
    @Description("When the coordinator closed it.") Instant closedAt,
    @Description("When a private incident was made public.") Instant madePublicAt,
    @Description("How often it was reopened.") int reopenCount,
    @NonNull @Description("Who declared it.") String declaredBy,
    @Description("The current Incident Coordinator; null if none.") PersonView coordinator,
    @NonNull @Description("Current role holders (history: `incidentRoleHolders`).")
        List<@NonNull IncidentRoleHolderView> roles,
    @NonNull @Description("Whether the team worked on it (report rule).")
        TeamInvolvement teamInvolvement,
    @Description("It needed a rollback, roll-forward or hotfix (report rule).")
        boolean rollbackOrHotfix,
    @Description("That rollback happened during a documented testing phase (exempt).")
        boolean rollbackDuringTestingPhase,
    @Description("Why an admin waived the report; null when not waived.")
        String postmortemWaiverReason,
    @NonNull @Description("Rules it currently breaks.") List<@NonNull IncidentWarningView> warnings,
    @NonNull @Description("Its response times.") IncidentDurationsView durations,
    @Description("Version for optimistic locking; pass it back as `expectedVersion`.")
        int version) {}
