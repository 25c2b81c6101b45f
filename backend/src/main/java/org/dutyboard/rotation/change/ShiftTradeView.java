package org.dutyboard.rotation.change;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ShiftTrade")
@Description("Two people swap shifts of one role, or the counterpart covers the requester's shift.")
public record ShiftTradeView(
    @Id @NonNull @Description("Stable id.") UUID id,
    @Id @NonNull @Description("The rotation.") UUID rotationId,
    @NonNull @Description("The role traded.") String role,
    @Description("Index of the requester's shift, which the counterpart takes.") int shiftIndex,
    @Id @NonNull @Description("Who gives their shift away.") UUID requesterId,
    @Id @NonNull @Description("Who takes it.") UUID counterpartId,
    @Description(
            "Index of the counterpart's shift the requester takes in return; null for a cover.")
        Integer counterpartShiftIndex,
    @NonNull @Description("Where the trade stands.") TradeStatus status,
    @NonNull @Description("Why.") String reason,
    @NonNull @Description("Who proposed it.") String author,
    @NonNull @Description("When it was proposed.") Instant createdAt,
    @Description("When it was accepted, declined or undone.") Instant decidedAt,
    @Description("Version for optimistic locking.") int version) {}
