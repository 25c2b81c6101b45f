package org.dutyboard.incident.metrics;

import java.time.Duration;
import org.dutyboard.incident.Incident;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("IncidentDurations")
@Description("One incident's response times in seconds; null when a needed moment is missing.")
public record IncidentDurations(
    @Description("detectedAt - startedAt.") Integer timeToDetectSeconds,
    @Description("acknowledgedAt - detectedAt.") Integer timeToAcknowledgeSeconds,
    @Description("mitigatedAt - startedAt.") Integer timeToMitigateSeconds,
    @Description("resolvedAt - startedAt.") Integer timeToResolveSeconds) {

  public static IncidentDurations of(Incident incident) {
    IncidentMetrics.Moments m = IncidentMetrics.Moments.of(incident);
    return new IncidentDurations(
        seconds(IncidentMetrics.measure(MetricMeasure.TIME_TO_DETECT, m).orElse(null)),
        seconds(IncidentMetrics.measure(MetricMeasure.TIME_TO_ACKNOWLEDGE, m).orElse(null)),
        seconds(IncidentMetrics.measure(MetricMeasure.TIME_TO_MITIGATE, m).orElse(null)),
        seconds(IncidentMetrics.measure(MetricMeasure.TIME_TO_RESOLVE, m).orElse(null)));
  }

  static Integer seconds(Duration d) {
    return d == null ? null : Math.toIntExact(d.toSeconds());
  }
}
