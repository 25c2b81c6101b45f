package org.dutyboard.incident.metrics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("IncidentDurations")
@Description("One incident's response times in seconds; null when a needed moment is missing.")
public record IncidentDurationsView(
    @Description("detectedAt - startedAt.") Integer timeToDetectSeconds,
    @Description("acknowledgedAt - detectedAt.") Integer timeToAcknowledgeSeconds,
    @Description("mitigatedAt - startedAt.") Integer timeToMitigateSeconds,
    @Description("resolvedAt - startedAt.") Integer timeToResolveSeconds) {}
