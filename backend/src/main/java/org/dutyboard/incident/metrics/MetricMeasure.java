package org.dutyboard.incident.metrics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("MetricMeasure")
@Description("An incident response time; formulas in the README (Incident metrics).")
public enum MetricMeasure {
  @Description("detectedAt - startedAt.")
  TIME_TO_DETECT,
  @Description("acknowledgedAt - detectedAt.")
  TIME_TO_ACKNOWLEDGE,
  @Description("mitigatedAt - startedAt.")
  TIME_TO_MITIGATE,
  @Description("resolvedAt - startedAt.")
  TIME_TO_RESOLVE
}
