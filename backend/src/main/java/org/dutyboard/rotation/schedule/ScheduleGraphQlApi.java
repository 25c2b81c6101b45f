package org.dutyboard.rotation.schedule;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** On-call and schedules over GraphQL. Thin: parse, call one query method, map. */
@GraphQLApi
@GraphQlBoundary
public class ScheduleGraphQlApi {
  @Inject ScheduleQueries schedules;

  @Query("onCall")
  @Description(
      "Who holds each role of each rotation at `at` (default: now). One entry per rotation and"
          + " role; rotations that have not started or have an empty roster are absent."
          + " Needs VIEWER.")
  public @NonNull List<@NonNull OnCallView> onCall(
      @Description("The instant to ask about; now if omitted.") Instant at,
      @Id @Description("Only this team's rotations.") String teamId) {
    return schedules.onCall(at, Ids.parse(teamId, "teamId"));
  }

  @Query("schedule")
  @Description(
      "The shifts of a rotation overlapping [from, to), with their role holders. The range may"
          + " span at most `dutyboard.schedule.max-range-days` (366 by default). Needs VIEWER.")
  public @NonNull List<@NonNull ShiftView> schedule(
      @NonNull @Id @Description("The rotation.") String rotationId,
      @NonNull @Description("Start of the range.") Instant from,
      @NonNull @Description("End of the range (exclusive).") Instant to) {
    return schedules.schedule(Ids.parse(rotationId, "rotationId"), from, to);
  }
}
