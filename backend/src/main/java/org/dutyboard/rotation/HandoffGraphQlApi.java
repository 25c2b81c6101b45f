package org.dutyboard.rotation;

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
      @Description("Only handoffs nobody has acknowledged yet.") boolean onlyUnacknowledged) {
    return handoffs.handoffs(
        Ids.parse(rotationId, "rotationId"),
        Ids.parse(teamId, "teamId"),
        from,
        to,
        onlyUnacknowledged);
  }

  @Mutation("writeHandoffNotes")
  @Description(
      "The outgoing holder (RESPONDER) or a scheduler writes what the incoming one must know: context,"
          + " open incidents, follow-ups.")
  public @NonNull HandoffView writeHandoffNotes(
      @NonNull @Id String rotationId,
      @Description("Index of the incoming shift.") int shiftIndex,
      @NonNull @Description("The role handed over.") String role,
      @Description("Free text, at most 20000 characters.") String notes,
      @Description("Links to incidents, follow-ups or tickets, at most 20.") @DefaultValue("[]")
          List<@NonNull String> links,
      @Description("The handoff version you saw; CONFLICT if it changed.")
          Integer expectedVersion) {
    return handoffs.writeNotes(
        Ids.parse(rotationId, "rotationId"), shiftIndex, role, notes, links, expectedVersion);
  }

  @Mutation("acknowledgeHandoff")
  @Description(
      "The incoming holder (RESPONDER) or a scheduler acknowledges the handoff (idempotent).")
  public @NonNull HandoffView acknowledgeHandoff(
      @NonNull @Id String rotationId,
      @Description("Index of the incoming shift.") int shiftIndex,
      @NonNull @Description("The role handed over.") String role) {
    return handoffs.acknowledge(Ids.parse(rotationId, "rotationId"), shiftIndex, role);
  }
}
