package org.dutyboard.delivery.settings;

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

/** A team's delivery settings over GraphQL. Thin: parse, call one service method. */
@GraphQLApi
@GraphQlBoundary
public class TeamDeliveryGraphQlApi {
  @Inject TeamDeliveryService service;
  @Inject TeamDeliveryQueries queries;

  @Query("teamDelivery")
  @Description(
      "Where a team's weekly report is delivered; null until set (then nowhere, and the duty line"
          + " is private). Needs SCHEDULER.")
  public TeamDeliveryView teamDelivery(
      @NonNull @Id @Description("The team.") @Name("teamId") String teamId) {
    return queries.settings(Ids.parse(teamId, "teamId")).orElse(null);
  }

  @Mutation("setTeamDelivery")
  @Description(
      "Sets where a team's weekly report is delivered (email recipients, chat webhook) and whether"
          + " its duty line is public. Applies to weeks produced from now on. Needs SCHEDULER.")
  public @NonNull TeamDeliveryView setTeamDelivery(
      @NonNull @Id @Description("The team.") @Name("teamId") String teamId,
      @NonNull @Description("The settings.") @Name("input") TeamDeliveryInput input,
      @Description("The version last read; omit when setting it the first time.")
          @Name("expectedVersion")
          Integer expectedVersion) {
    return service.set(Ids.parse(teamId, "teamId"), input, expectedVersion);
  }
}
