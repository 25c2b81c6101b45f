package org.dutyboard.incident.metrics;

import jakarta.inject.Inject;
import java.time.Instant;
import org.dutyboard.common.error.GraphQlBoundary;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Incident response-time metrics over GraphQL. Thin. */
@GraphQLApi
@GraphQlBoundary
public class IncidentMetricsGraphQlApi {
  @Inject IncidentMetricsQueries queries;

  @Query("incidentMetrics")
  @Description(
      "Response-time metrics over the incidents declared in [from, to) the caller may see (at"
          + " most 366 days). Needs VIEWER.")
  public @NonNull IncidentMetricsView incidentMetrics(
      @NonNull @Description("Start (inclusive).") Instant from,
      @NonNull @Description("End (exclusive).") Instant to) {
    return queries.metrics(from, to);
  }
}
