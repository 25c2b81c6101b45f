package org.dutyboard.rotation.handoff;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Handoffs over GraphQL. */
@GraphQLApi
@GraphQlBoundary
public class HandoffGraphQlApi {
  @Inject HandoffQueries queries;
  @Inject HandoffService handoffs;

  @Query("handoffs")
  @Description(
      "Handoffs due in [from, to) (at most 366 days) for one rotation, one team's rotations, or"
          + " all. Needs VIEWER.")
  public @NonNull List<@NonNull HandoffView> handoffs(
      @Id @Description("Only this rotation.") String rotationId,
      @Id @Description("Only this team's rotations.") String teamId,
      @NonNull @Description("Start of the range.") Instant from,
      @NonNull @Description("End of the range.") Instant to,
      @Description("Only handoffs nobody has acknowledged yet; false (all handoffs) if omitted.")
          @DefaultValue("false")
          Boolean onlyUnacknowledged) {
    return queries.handoffs(
        Ids.parse(rotationId, "rotationId"),
        Ids.parse(teamId, "teamId"),
        from,
        to,
        Boolean.TRUE.equals(onlyUnacknowledged));
  }

  @Mutation("writeHandoffNotes")
  @Description(
      "The outgoing holder (RESPONDER) or a scheduler writes what the incoming one must know:"
          + " context, open incidents, follow-ups.")
  public @NonNull HandoffView writeHandoffNotes(
      @NonNull @Description("The handoff and its notes.") HandoffNotesInput input,
      @Description("The handoff version you saw; CONFLICT if it changed.")
          Integer expectedVersion) {
    return handoffs.writeNotes(input, expectedVersion);
  }

  @Mutation("acknowledgeHandoff")
  @Description(
      "The incoming holder (RESPONDER) or a scheduler acknowledges the handoff (idempotent).")
  public @NonNull HandoffView acknowledgeHandoff(
      @NonNull @Id @Description("The rotation.") String rotationId,
      @Description("Index of the incoming shift.") int shiftIndex,
      @NonNull @Description("The role handed over.") String role,
      @Description("The handoff version you saw; CONFLICT if it changed.")
          Integer expectedVersion) {
    return handoffs.acknowledge(
        Ids.parse(rotationId, "rotationId"), shiftIndex, role, expectedVersion);
  }
}
