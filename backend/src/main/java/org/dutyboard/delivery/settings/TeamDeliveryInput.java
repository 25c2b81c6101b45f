package org.dutyboard.delivery.settings;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("TeamDeliveryInput")
@Description("Where a team's weekly report is delivered, and whether its duty line is public.")
public record TeamDeliveryInput(
    @NonNull
        @Description(
            "Email addresses that get the weekly report (at most 50; empty for none), e.g."
                + " `sre-team@example.org`.")
        List<@NonNull String> recipients,
    @Description(
            "A Slack-compatible incoming-webhook URL (Mattermost and Matrix hook bridges accept the"
                + " same) that gets a short summary with a link. A secret: never shown again. Omit"
                + " (null) to keep the current one; an empty string removes it.")
        String chatWebhookUrl,
    @Description(
            "Whether `/duty/<team>.txt` and `.json` (who is on duty now) are readable without a"
                + " token.")
        boolean dutyLinePublic) {}
