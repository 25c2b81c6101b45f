package org.dutyboard.rotation;

import java.time.Instant;
import java.util.UUID;

/** An override to add; built by the GraphQL API from its arguments. */
public record OverrideInput(
    UUID rotationId,
    String role,
    OverrideKind kind,
    UUID personId,
    Instant startsAt,
    Instant endsAt,
    String reason,
    Integer expectedVersion) {}
