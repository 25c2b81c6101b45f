package org.dutyboard.rotation;

import jakarta.inject.Inject;
import java.time.Instant;
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

/** Overrides, skipped periods, trades and history over GraphQL. */
@GraphQLApi
@GraphQlBoundary
public class ScheduleChangeGraphQlApi {
  @Inject ScheduleChangeService changes;
  @Inject TradeService trades;
  @Inject ScheduleImportService imports;

  @Query("scheduleHistory")
  @Description("Every change to a rotation's schedule, oldest first. Needs VIEWER.")
  public @NonNull ScheduleChangeConnection scheduleHistory(
      @NonNull @Id String rotationId,
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return ScheduleChangeConnection.of(
        changes.history(Ids.parse(rotationId, "rotationId"), SliceRequest.of(first, after)));
  }

  @Mutation("importSchedule")
  @Description(
      "Imports a schedule table (CSV: `week_start`, one column per role or a `role1/role2` column"
          + " with `A/B` cells, other columns ignored; \"No ... duty ...\" cells skip the week) into"
          + " explicit assignments. All or nothing: errors name the lines. Needs SCHEDULER.")
  public @NonNull ScheduleImportView importSchedule(
      @NonNull @Id String rotationId,
      @NonNull @Description("The CSV text, at most 5000 rows.") String csv,
      @Description("Create people the table names but Dutyboard does not know.")
          @DefaultValue("false")
          boolean createMissingPeople) {
    return imports.importTable(Ids.parse(rotationId, "rotationId"), csv, createMissingPeople);
  }

  @Mutation("addOverride")
  @Description(
      "Replaces, removes or adds the holder of a role for a future time range. Overrides of one"
          + " role may not overlap. Needs SCHEDULER.")
  public @NonNull ShiftOverrideView addOverride(
      @NonNull @Id String rotationId,
      @NonNull @Description("The role to change.") String role,
      @NonNull @Description("REPLACE, REMOVE or ADD.") OverrideKind kind,
      @Id @Description("Who holds the role (REPLACE, ADD); omit for REMOVE.") String personId,
      @NonNull @Description("Start; not in the past.") Instant startsAt,
      @NonNull @Description("End; after the start.") Instant endsAt,
      @NonNull @Description("Why, for the history.") String reason,
      @Description("The rotation version you saw; CONFLICT if it changed.")
          Integer expectedVersion) {
    return changes.addOverride(
        new OverrideInput(
            Ids.parse(rotationId, "rotationId"),
            role,
            kind,
            Ids.parse(personId, "personId"),
            startsAt,
            endsAt,
            reason,
            expectedVersion));
  }

  @Mutation("cancelOverride")
  @Description("Cancels an override that has not started. Needs SCHEDULER.")
  public @NonNull ShiftOverrideView cancelOverride(
      @NonNull @Id String id, @NonNull @Description("Why.") String reason) {
    return changes.cancelOverride(Ids.parse(id, "id"), reason);
  }

  @Mutation("skipShifts")
  @Description(
      "Marks the shifts starting in [startsAt, endsAt) as \"no duty\" (holiday, \"No clinic duty"
          + " this week\"). What happens to the skipped turn follows the rotation's skipPolicy."
          + " Needs SCHEDULER.")
  public @NonNull SkippedPeriodView skipShifts(
      @NonNull @Id String rotationId,
      @NonNull @Description("Start of the range; no started shift may be covered.")
          Instant startsAt,
      @NonNull @Description("End of the range (exclusive).") Instant endsAt,
      @NonNull @Description("Why, e.g. the holiday.") String reason,
      @Description("The rotation version you saw; CONFLICT if it changed.")
          Integer expectedVersion) {
    return changes.skip(
        Ids.parse(rotationId, "rotationId"), startsAt, endsAt, reason, expectedVersion);
  }

  @Mutation("cancelSkip")
  @Description("Cancels a skipped period that has not started. Needs SCHEDULER.")
  public @NonNull SkippedPeriodView cancelSkip(
      @NonNull @Id String id, @NonNull @Description("Why.") String reason) {
    return changes.cancelSkip(Ids.parse(id, "id"), reason);
  }

  @Mutation("proposeTrade")
  @Description(
      "Proposes that the counterpart takes the requester's shift (and, with"
          + " `counterpartShiftIndex`, the requester takes theirs). The requester (RESPONDER) or a scheduler"
          + " proposes; with `requiresAcceptance: false` (schedulers only) it applies at once.")
  public @NonNull ShiftTradeView proposeTrade(
      @NonNull @Id String rotationId,
      @NonNull @Description("The role traded.") String role,
      @Description("Index of the requester's shift (see `schedule`).") int shiftIndex,
      @NonNull @Id @Description("Who gives the shift away.") String requesterId,
      @NonNull @Id @Description("Who takes it; must be on the roster.") String counterpartId,
      @Description("The counterpart's shift the requester takes in return; omit for a cover.")
          Integer counterpartShiftIndex,
      @Description("Whether the counterpart must accept; true if omitted.") @DefaultValue("true")
          boolean requiresAcceptance,
      @NonNull @Description("Why, e.g. the event that coincides with the turn.") String reason) {
    return trades.propose(
        new TradeInput(
            Ids.parse(rotationId, "rotationId"),
            role,
            shiftIndex,
            Ids.parse(requesterId, "requesterId"),
            Ids.parse(counterpartId, "counterpartId"),
            counterpartShiftIndex == null ? null : counterpartShiftIndex.longValue(),
            requiresAcceptance,
            reason));
  }

  @Mutation("acceptTrade")
  @Description("The counterpart (RESPONDER) or a scheduler accepts a pending trade.")
  public @NonNull ShiftTradeView acceptTrade(
      @NonNull @Id String id, @Description("The trade version you saw.") Integer expectedVersion) {
    return trades.decide(Ids.parse(id, "id"), true, expectedVersion);
  }

  @Mutation("declineTrade")
  @Description("The counterpart (RESPONDER) or a scheduler declines a pending trade.")
  public @NonNull ShiftTradeView declineTrade(
      @NonNull @Id String id, @Description("The trade version you saw.") Integer expectedVersion) {
    return trades.decide(Ids.parse(id, "id"), false, expectedVersion);
  }

  @Mutation("undoTrade")
  @Description(
      "Takes back a trade before its shifts start. Either person (RESPONDER) or a scheduler.")
  public @NonNull ShiftTradeView undoTrade(
      @NonNull @Id String id, @NonNull @Description("Why.") String reason) {
    return trades.undo(Ids.parse(id, "id"), reason);
  }
}
