package org.dutyboard.rotation;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
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

/** Rotations, on-call and schedules over GraphQL. Thin: parse, call one service method, map. */
@GraphQLApi
@GraphQlBoundary
public class RotationGraphQlApi {
  @Inject RotationService rotations;
  @Inject ScheduleService schedules;

  @Query("rotations")
  @Description("Rotations ordered by name, optionally of one team. Needs VIEWER.")
  public @NonNull RotationConnection rotations(
      @Id @Description("Only this team's rotations.") String teamId,
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return RotationConnection.of(
        rotations.rotations(SliceRequest.of(first, after), Ids.parse(teamId, "teamId")));
  }

  @Query("rotation")
  @Description("One rotation by id. Needs VIEWER.")
  public RotationView rotation(@NonNull @Id String id) {
    return rotations
        .rotation(Ids.parse(id, "id"))
        .orElseThrow(() -> DutyboardException.notFound("id", "Rotation", id));
  }

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
      @NonNull @Id String rotationId, @NonNull Instant from, @NonNull Instant to) {
    return schedules.schedule(Ids.parse(rotationId, "rotationId"), from, to);
  }

  @Mutation("createRotation")
  @Description("Creates a rotation (with an empty roster). Needs SCHEDULER.")
  public @NonNull RotationView createRotation(@NonNull RotationInput input) {
    return rotations.create(input);
  }

  @Mutation("updateRotation")
  @Description("Replaces a rotation's settings and roles. Needs SCHEDULER.")
  public @NonNull RotationView updateRotation(
      @NonNull @Id String id,
      @NonNull RotationInput input,
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
      @NonNull @Id String rotationId,
      @NonNull @Description("Ids of the people, in roster order.") List<@NonNull String> personIds,
      @Description("From when the new roster applies; now if omitted. Never in the past.")
          Instant effectiveFrom,
      @Description("Why, for the rotation's history.") String reason,
      @Description("The version you edited; CONFLICT if it changed since. Omit to overwrite.")
          Integer expectedVersion) {
    return rotations.setRoster(
        Ids.parse(rotationId, "rotationId"),
        Ids.parseAll(personIds, "personIds"),
        effectiveFrom,
        reason,
        expectedVersion);
  }

  @Mutation("deleteRotation")
  @Description("Deletes a rotation with its roles and roster. Needs SCHEDULER.")
  public boolean deleteRotation(
      @NonNull @Id String id,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return rotations.delete(Ids.parse(id, "id"), expectedVersion);
  }
}
