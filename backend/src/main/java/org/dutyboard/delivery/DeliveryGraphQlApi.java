package org.dutyboard.delivery;

import jakarta.inject.Inject;
import java.util.List;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Deliveries of the weekly report over GraphQL. Thin: parse, call one method. */
@GraphQLApi
@GraphQlBoundary
public class DeliveryGraphQlApi {
  @Inject DeliveryQueries queries;

  @Query("deliveries")
  @Description(
      "How the weekly report of a team's recent weeks was delivered (email, chat): state,"
          + " attempts, last error. Newest week first. Needs SCHEDULER.")
  public @NonNull List<@NonNull DeliveryView> deliveries(
      @NonNull @Id @Description("The team.") @Name("teamId") String teamId,
      @Description("How many of the latest weeks with deliveries, 1..52; default 4.") @Name("weeks")
          Integer weeks) {
    return queries.deliveries(Ids.parse(teamId, "teamId"), weeks);
  }
}
