package org.dutyboard.summary;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The weekly duty report over GraphQL. Thin: parse, call one service method. */
@GraphQLApi
@GraphQlBoundary
public class WeeklyReportGraphQlApi {
  @Inject WeeklyReportPublisher publisher;

  @Mutation("publishWeeklyReport")
  @Description(
      "Renders one ended week of a team's weekly duty report again from today's data and"
          + " publishes it, replacing the page published before (the schedule never rewrites a"
          + " published week). Needs ADMIN.")
  public @NonNull WeeklyReportPublication publishWeeklyReport(
      @NonNull @Id @Name("teamId") @Description("The team.") String teamId,
      @NonNull @Description("The date of the meeting that ends the week.") @Name("meetingDate")
          LocalDate meetingDate) {
    return publisher.republish(Ids.parse(teamId, "teamId"), meetingDate);
  }
}
