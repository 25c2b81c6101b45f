package org.dutyboard.clinic.alertpage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AlertPage")
@Description(
    "An alert that paged someone, received from Alertmanager; one per alert occurrence"
        + " (fingerprint and start time).")
public record AlertPageView(
    @Id @NonNull @Description("Stable id (a UUID).") UUID id,
    @NonNull @Description("Alertmanager's fingerprint of the alert's labels.") String fingerprint,
    @Description("The `alertname` label.") String alertName,
    @Description("The `summary` annotation.") String summary,
    @NonNull @Description("Firing or resolved.") AlertPageStatus status,
    @NonNull @Description("When the alert started firing.") Instant startsAt,
    @Description("When it was resolved; null while firing.") Instant endsAt,
    @NonNull @Description("The alert's labels, by name.") List<@NonNull LabelView> labels,
    @NonNull @Description("The alert's annotations, by name.") List<@NonNull LabelView> annotations,
    @NonNull @Description("The Alertmanager receiver that delivered it.") String receiver,
    @Description("Link to the alert's source expression.") String generatorUrl,
    @Description("The rotation reference it was mapped with, as given.") String rotationRef,
    @Id @Description("The rotation it was attributed to; null if unmapped or unknown.")
        UUID rotationId,
    @Id @Description("The team of that rotation.") UUID teamId,
    @Id
        @Description(
            "The incident it is linked to, if any and if you may see it; a link to a private"
                + " incident you may not see is null here and counted in `hiddenIncidentLinks`.")
        UUID incidentId,
    @Description(
            "Links to incidents you may not see (their ids are withheld): 0 or 1. Only someone who"
                + " sees the incident can change such a link.")
        int hiddenIncidentLinks,
    @NonNull @Description("Who was on call for the rotation when it started, by role.")
        List<@NonNull AlertPageOnCallView> onCall,
    @Description("Deliveries received, retries and repeat notifications included.")
        int notifications,
    @NonNull @Description("When the first delivery arrived.") Instant firstReceivedAt,
    @NonNull @Description("When the last delivery arrived.") Instant lastReceivedAt,
    @Description("Version for optimistic locking; pass it back as `expectedVersion`.")
        int version) {}
