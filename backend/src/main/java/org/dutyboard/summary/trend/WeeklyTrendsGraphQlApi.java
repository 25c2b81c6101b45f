package org.dutyboard.summary.trend;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** A team's weekly trends over GraphQL. Thin: parse, call one read method. */
@GraphQLApi
@GraphQlBoundary
public class WeeklyTrendsGraphQlApi {
  @Inject WeeklyTrendsQueries trends;

  @Query("weeklyTrends")
  @Description(
      "A team's meeting weeks side by side for dashboards: pages, incidents by severity, time to"
          + " resolve, follow-ups, clinic requests and unacknowledged handoffs per week, with the"
          + " change against the week before, and the load per person over all the weeks. Needs"
          + " VIEWER; private incidents the caller may not see are only counted.")
  public @NonNull WeeklyTrendsView weeklyTrends(
      @NonNull @Id @Description("The team.") @Name("teamId") String teamId,
      @Description("How many weeks, 1 to 26 (more is a VALIDATION error).")
          @DefaultValue("12")
          @Name("weeks")
          Integer weeks,
      @Description(
              "A date in the newest week (its meeting's date gives the week the meeting reviews);"
                  + " null for the week running now.")
          @Name("weekOf")
          LocalDate weekOf) {
    return trends.trends(Ids.parse(teamId, "teamId"), weekOf, weeks);
  }
}
