package org.dutyboard.summary.meeting;

import jakarta.inject.Inject;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** A team's weekly SRE meeting over GraphQL. Thin: parse, call one service method. */
@GraphQLApi
@GraphQlBoundary
public class TeamMeetingGraphQlApi {
  @Inject TeamMeetingService meetings;

  @Query("teamMeeting")
  @Description(
      "A team's weekly SRE meeting; null until set (then Mondays 10:00 UTC). Needs VIEWER.")
  public TeamMeetingView teamMeeting(
      @NonNull @Id @Name("teamId") @Description("The team.") String teamId) {
    return meetings.meeting(Ids.parse(teamId, "teamId")).orElse(null);
  }

  @Mutation("setTeamMeeting")
  @Description("Sets when a team holds its weekly SRE meeting. Needs SCHEDULER.")
  public @NonNull TeamMeetingView setTeamMeeting(
      @NonNull @Id @Name("teamId") @Description("The team.") String teamId,
      @NonNull @Name("input") @Description("The meeting's weekday, local time and zone.")
          TeamMeetingInput input,
      @Description("The version last read; omit when setting it the first time.")
          @Name("expectedVersion")
          Integer expectedVersion) {
    return meetings.set(Ids.parse(teamId, "teamId"), input, expectedVersion);
  }
}
