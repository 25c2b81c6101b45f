package org.dutyboard.rotation.change;

import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ShiftTradeInput")
@Description("A trade to propose: the counterpart takes the requester's shift, maybe in return.")
public record ShiftTradeInput(
    @NonNull @Description("The role traded.") String role,
    @Description("Index of the requester's shift (see `schedule`).") int shiftIndex,
    @NonNull @Id @Description("Who gives the shift away.") UUID requesterId,
    @NonNull @Id @Description("Who takes it; must be on the roster.") UUID counterpartId,
    @Description("The counterpart's shift the requester takes in return; omit for a cover.")
        Integer counterpartShiftIndex,
    @Description("Whether the counterpart must accept; true if omitted.") @DefaultValue("true")
        Boolean requiresAcceptance,
    @NonNull @Description("Why, e.g. the event that coincides with the turn.") String reason) {

  /** True unless explicitly false. */
  boolean needsAcceptance() {
    return !Boolean.FALSE.equals(requiresAcceptance);
  }
}
