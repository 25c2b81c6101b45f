package org.dutyboard.rotation.fairness;

import jakarta.inject.Inject;
import java.time.Instant;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The fairness report over GraphQL. Thin: parse, call one service method. */
@GraphQLApi
@GraphQlBoundary
public class FairnessGraphQlApi {
  @Inject FairnessService fairness;

  @Query("fairnessReport")
  @Description(
      "How a rotation's duty in [from, to) was spread over people: pieces held, hours, weekend and"
          + " holiday hours, overrides and trades taken and given. The range may span at most"
          + " `dutyboard.schedule.max-range-days`. Needs VIEWER.")
  public @NonNull FairnessReportView fairnessReport(
      @NonNull @Id @Description("The rotation.") String rotationId,
      @NonNull @Description("Start of the range.") Instant from,
      @NonNull @Description("End of the range (exclusive).") Instant to) {
    return fairness.report(Ids.parse(rotationId, "rotationId"), from, to);
  }
}
