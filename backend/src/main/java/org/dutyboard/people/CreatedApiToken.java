package org.dutyboard.people;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CreatedApiToken")
@Description("A new API token and its secret. Store the secret now: it is never shown again.")
public record CreatedApiToken(
    @NonNull @Description("The token's metadata.") ApiTokenView token,
    @NonNull @Description("The bearer secret: send it as `Authorization: Bearer <secret>`.")
        String secret) {}
