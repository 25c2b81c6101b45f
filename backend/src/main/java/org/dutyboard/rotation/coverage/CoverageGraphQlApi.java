package org.dutyboard.rotation.coverage;

import jakarta.inject.Inject;
import java.util.List;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Coverage gaps over GraphQL. Thin: parse, call one service method. */
@GraphQLApi
@GraphQlBoundary
public class CoverageGraphQlApi {
  @Inject CoverageService coverage;

  @Query("coverageGaps")
  @Description(
      "Intervals in [now, now + days) in which nobody holds a role: skipped shifts, overrides"
          + " that removed the holder, empty rosters. Of one rotation, one team's rotations, or"
          + " all. Time before a rotation's first shift is not a gap. Needs VIEWER.")
  public @NonNull List<@NonNull CoverageGapView> coverageGaps(
      @Id @Description("Only this team's rotations.") String teamId,
      @Id @Description("Only this rotation.") String rotationId,
      @Description("How many days ahead to look, 1 to `dutyboard.schedule.max-range-days`.")
          @DefaultValue("14")
          Integer days) {
    return coverage.gaps(Ids.parse(teamId, "teamId"), Ids.parse(rotationId, "rotationId"), days);
  }
}
