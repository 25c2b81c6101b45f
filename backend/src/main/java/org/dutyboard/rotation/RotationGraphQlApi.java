package org.dutyboard.rotation;

import jakarta.inject.Inject;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.pagination.SliceRequest;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Rotations and their rosters over GraphQL. Thin: parse, call one service method, map. */
@GraphQLApi
@GraphQlBoundary
public class RotationGraphQlApi {
  @Inject RotationQueries queries;
  @Inject RotationService rotations;
  @Inject RosterService rosters;

  @Query("rotations")
  @Description("Rotations ordered by name, optionally of one team. Needs VIEWER.")
  public @NonNull RotationConnection rotations(
      @Id @Description("Only this team's rotations.") String teamId,
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return RotationConnection.of(
        queries.rotations(SliceRequest.of(first, after), Ids.parse(teamId, "teamId")));
  }

  @Query("rotation")
  @Description("One rotation by id. Needs VIEWER.")
  public RotationView rotation(@NonNull @Id @Description("The rotation.") String id) {
    return queries
        .rotation(Ids.parse(id, "id"))
        .orElseThrow(() -> DutyboardException.notFound("id", "Rotation", id));
  }

  @Mutation("createRotation")
  @Description("Creates a rotation (with an empty roster). Needs SCHEDULER.")
  public @NonNull RotationView createRotation(
      @NonNull @Description("The rotation to create.") RotationInput input) {
    return rotations.create(input);
  }

  @Mutation("updateRotation")
  @Description("Replaces a rotation's settings and roles. Needs SCHEDULER.")
  public @NonNull RotationView updateRotation(
      @NonNull @Id @Description("The rotation.") String id,
      @NonNull @Description("The new settings and roles.") RotationInput input,
      @Description("The version you edited; CONFLICT if it changed since. Omit to overwrite.")
          Integer expectedVersion) {
    return rotations.update(Ids.parse(id, "id"), input, expectedVersion);
  }

  @Mutation("setRoster")
  @Description(
      "Sets the roster, in order, from the first shift starting at or after `effectiveFrom`"
          + " (default: now); past and running shifts never change. A rotation's first roster"
          + " applies from its first shift. The order continues: whoever would have been first"
          + " at that shift stays first if they remain. Needs SCHEDULER.")
  public @NonNull RotationView setRoster(
      @NonNull @Id @Description("The rotation.") String id,
      @NonNull @Description("The new roster.") RosterInput input,
      @Description("The version you edited; CONFLICT if it changed since. Omit to overwrite.")
          Integer expectedVersion) {
    return rosters.setRoster(Ids.parse(id, "id"), input, expectedVersion);
  }

  @Mutation("deleteRotation")
  @Description("Deletes a rotation with its roles and roster. Needs SCHEDULER.")
  public boolean deleteRotation(
      @NonNull @Id @Description("The rotation.") String id,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return rotations.delete(Ids.parse(id, "id"), expectedVersion);
  }
}
