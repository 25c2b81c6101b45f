package org.dutyboard.rotation;

import java.util.UUID;

/** A trade to propose; built by the GraphQL API from its arguments. */
public record TradeInput(
    UUID rotationId,
    String role,
    long shiftIndex,
    UUID requesterId,
    UUID counterpartId,
    Long counterpartShiftIndex,
    boolean requiresAcceptance,
    String reason) {}
