package org.dutyboard.incident.event;

import java.time.Instant;
import java.util.UUID;
import org.dutyboard.incident.IncidentStatus;
import org.dutyboard.incident.Severity;
import org.dutyboard.incident.Visibility;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("IncidentEvent")
@Description(
    "A change to an incident, pushed to live dashboards; refetch the incident for details.")
public record IncidentEventView(
    @Id @NonNull @Description("The incident.") UUID incidentId,
    @NonNull @Description("Its reference, e.g. INC-42.") String reference,
    @NonNull @Description("What changed.") IncidentEventKind kind,
    @NonNull @Description("Status after the change.") IncidentStatus status,
    @NonNull @Description("Severity after the change.") Severity severity,
    @NonNull @Description("Visibility after the change.") Visibility visibility,
    @Description("Incident version after the change.") int version,
    @NonNull @Description("When the change was committed.") Instant at) {}
