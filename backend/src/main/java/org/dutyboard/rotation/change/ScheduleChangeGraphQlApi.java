package org.dutyboard.rotation.change;

import jakarta.inject.Inject;
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
  @Inject ScheduleChangeQueries queries;
  @Inject ScheduleChangeService changes;
  @Inject ShiftTradeService trades;

  @Query("scheduleHistory")
  @Description("Every change to a rotation's schedule, oldest first. Needs VIEWER.")
  public @NonNull ScheduleChangeConnection scheduleHistory(
      @NonNull @Id @Description("The rotation.") String rotationId,
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return ScheduleChangeConnection.of(
        queries.history(Ids.parse(rotationId, "rotationId"), SliceRequest.of(first, after)));
  }

  @Mutation("addOverride")
  @Description(
      "Replaces, removes or adds the holder of a role for a future time range. Overrides of one"
          + " role may not overlap. Needs SCHEDULER.")
  public @NonNull ShiftOverrideView addOverride(
      @NonNull @Id @Description("The rotation.") String rotationId,
      @NonNull @Description("The override.") ShiftOverrideInput input,
      @Description("The rotation version you saw; CONFLICT if it changed.")
          Integer expectedVersion) {
    return changes.addOverride(Ids.parse(rotationId, "rotationId"), input, expectedVersion);
  }

  @Mutation("cancelOverride")
  @Description("Cancels an override that has not started. Needs SCHEDULER.")
  public @NonNull ShiftOverrideView cancelOverride(
      @NonNull @Id @Description("The override.") String id,
      @NonNull @Description("Why.") String reason,
      @Description("The rotation version you saw; CONFLICT if it changed.")
          Integer expectedVersion) {
    return changes.cancelOverride(Ids.parse(id, "id"), reason, expectedVersion);
  }

  @Mutation("skipShifts")
  @Description(
      "Marks the shifts starting in [startsAt, endsAt) as \"no duty\" (holiday, \"No clinic duty"
          + " this week\"). What happens to the skipped turn follows the rotation's skipPolicy."
          + " Needs SCHEDULER.")
  public @NonNull SkippedPeriodView skipShifts(
      @NonNull @Id @Description("The rotation.") String rotationId,
      @NonNull @Description("The range to skip and why.") SkippedPeriodInput input,
      @Description("The rotation version you saw; CONFLICT if it changed.")
          Integer expectedVersion) {
    return changes.skip(Ids.parse(rotationId, "rotationId"), input, expectedVersion);
  }

  @Mutation("cancelSkip")
  @Description("Cancels a skipped period that has not started. Needs SCHEDULER.")
  public @NonNull SkippedPeriodView cancelSkip(
      @NonNull @Id @Description("The skipped period.") String id,
      @NonNull @Description("Why.") String reason,
      @Description("The rotation version you saw; CONFLICT if it changed.")
          Integer expectedVersion) {
    return changes.cancelSkip(Ids.parse(id, "id"), reason, expectedVersion);
  }

  @Mutation("proposeTrade")
  @Description(
      "Proposes that the counterpart takes the requester's shift (and, with"
          + " `counterpartShiftIndex`, the requester takes theirs). The requester (RESPONDER) or a"
          + " scheduler proposes; with `requiresAcceptance: false` (schedulers only) it applies at"
          + " once.")
  public @NonNull ShiftTradeView proposeTrade(
      @NonNull @Id @Description("The rotation.") String rotationId,
      @NonNull @Description("The trade.") ShiftTradeInput input,
      @Description("The rotation version you saw; CONFLICT if it changed.")
          Integer expectedVersion) {
    return trades.propose(Ids.parse(rotationId, "rotationId"), input, expectedVersion);
  }

  @Mutation("acceptTrade")
  @Description("The counterpart (RESPONDER) or a scheduler accepts a pending trade.")
  public @NonNull ShiftTradeView acceptTrade(
      @NonNull @Id @Description("The trade.") String id,
      @Description("The trade version you saw; CONFLICT if it changed.") Integer expectedVersion) {
    return trades.decide(Ids.parse(id, "id"), true, expectedVersion);
  }

  @Mutation("declineTrade")
  @Description("The counterpart (RESPONDER) or a scheduler declines a pending trade.")
  public @NonNull ShiftTradeView declineTrade(
      @NonNull @Id @Description("The trade.") String id,
      @Description("The trade version you saw; CONFLICT if it changed.") Integer expectedVersion) {
    return trades.decide(Ids.parse(id, "id"), false, expectedVersion);
  }

  @Mutation("undoTrade")
  @Description(
      "Takes back a trade before its shifts start. Either person (RESPONDER) or a scheduler.")
  public @NonNull ShiftTradeView undoTrade(
      @NonNull @Id @Description("The trade.") String id,
      @NonNull @Description("Why.") String reason,
      @Description("The trade version you saw; CONFLICT if it changed.") Integer expectedVersion) {
    return trades.undo(Ids.parse(id, "id"), reason, expectedVersion);
  }
}
