package org.dutyboard.delivery.settings;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TeamDelivery")
@Description("Where a team's weekly report is delivered, and whether its duty line is public.")
public record TeamDeliveryView(
    @Id @NonNull @Description("The team.") UUID teamId,
    @NonNull @Description("Email addresses that get the weekly report.")
        List<@NonNull String> recipients,
    @Description(
            "The chat webhook, masked to its scheme and host (e.g. `https://hooks.slack.com/…`):"
                + " the URL is a secret. Null when none is set.")
        String chatWebhook,
    @Description("Whether the team's duty line is readable without a token.")
        boolean dutyLinePublic,
    @Description("The duty line's plain-text address, e.g. `https://…/duty/sre-core-3fa2c1d9.txt`.")
        @NonNull
        String dutyLineUrl,
    @Description("Version for optimistic locking; pass it back as `expectedVersion`.")
        int version) {}
