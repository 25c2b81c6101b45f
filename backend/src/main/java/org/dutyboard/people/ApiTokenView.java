package org.dutyboard.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.security.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ApiToken")
@Description("A machine credential. The secret itself is shown only once, when it is created.")
public record ApiTokenView(
    @Id @NonNull @Description("Stable id (a UUID).") UUID id,
    @NonNull @Description("What the token is for, e.g. `alertmanager`.") String name,
    @NonNull @Description("Roles the token grants.") List<@NonNull Role> roles,
    @Description("The person the token acts for, if any.") @Id UUID personId,
    @NonNull @Description("When it was created.") Instant createdAt,
    @Description("When it stops working, if ever.") Instant expiresAt,
    @Description("When it was revoked; null while active.") Instant revokedAt) {

  static ApiTokenView of(ApiToken t) {
    return new ApiTokenView(
        t.id, t.name, List.copyOf(t.roleSet()), t.personId, t.createdAt, t.expiresAt, t.revokedAt);
  }
}
