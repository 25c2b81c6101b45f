package org.dutyboard.summary;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The weekly SRE meeting's summary over GraphQL. Thin: parse, call one service method. */
@GraphQLApi
@GraphQlBoundary
public class WeeklySummaryGraphQlApi {
  @Inject WeeklySummaryQueries summaries;

  @Query("weeklySummary")
  @Description(
      "A team's week for the weekly SRE meeting: the meeting-to-meeting week containing the start"
          + " of `weekOf` (in the meeting's zone), so the meeting's own date gives the week it"
          + " reviews. Needs VIEWER; private incidents the caller may not see are only counted.")
  public @NonNull WeeklySummaryView weeklySummary(
      @NonNull @Id @Name("teamId") @Description("The team.") String teamId,
      @NonNull @Description("A date in the week, e.g. the meeting's date.") @Name("weekOf")
          LocalDate weekOf) {
    return summaries.summary(Ids.parse(teamId, "teamId"), weekOf);
  }
}
