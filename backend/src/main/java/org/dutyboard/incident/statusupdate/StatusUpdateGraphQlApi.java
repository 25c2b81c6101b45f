package org.dutyboard.incident.statusupdate;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.pagination.SliceRequest;
import org.dutyboard.incident.IncidentGraphQlApi;
import org.dutyboard.incident.IncidentView;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Public status updates over GraphQL: an incident's updates, posting, the public list. Thin. */
@GraphQLApi
@GraphQlBoundary
public class StatusUpdateGraphQlApi {
  @Inject StatusUpdateService statusUpdates;
  @Inject StatusUpdateQueries queries;

  @Description("Its public status updates, oldest first.")
  public List<@NonNull List<@NonNull StatusUpdateView>> statusUpdates(
      @Source List<IncidentView> incidents) {
    Map<UUID, List<StatusUpdateView>> updates =
        queries.forIncidents(IncidentGraphQlApi.ids(incidents));
    return incidents.stream().map(i -> updates.getOrDefault(i.id(), List.of())).toList();
  }

  @Mutation("postStatusUpdate")
  @Description(
      "Posts a public status update. It is public while the incident is PUBLIC; a PRIVATE"
          + " incident's updates wait until it is made public. Needs RESPONDER.")
  public @NonNull StatusUpdateView postStatusUpdate(
      @NonNull @Id @Description("The incident.") String incidentId,
      @NonNull @Description("The update.") StatusUpdateInput input) {
    return statusUpdates.post(Ids.parse(incidentId, "incidentId"), input);
  }

  @Query("publicStatusUpdates")
  @Description(
      "Status updates of PUBLIC incidents, newest first: what the public status page shows."
          + " Public: needs no token.")
  public @NonNull PublicStatusUpdateConnection publicStatusUpdates(
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return PublicStatusUpdateConnection.of(queries.publicUpdates(SliceRequest.of(first, after)));
  }
}
