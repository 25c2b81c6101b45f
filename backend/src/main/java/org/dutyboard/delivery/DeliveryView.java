package org.dutyboard.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Delivery")
@Description("The delivery of one week's report of a team on one channel, and how it went.")
public record DeliveryView(
    @Id @NonNull @Description("The delivery.") UUID id,
    @Id @NonNull @Description("The team.") UUID teamId,
    @NonNull @Description("The meeting that ends the week, as in the report's name.")
        LocalDate meetingDate,
    @NonNull @Description("The channel.") DeliveryChannel channel,
    @NonNull @Description("Where it stands.") DeliveryState state,
    @NonNull @Description("The email subject (the chat summary's headline).") String subject,
    @NonNull @Description("The report page the message links to.") String reportUrl,
    @Description("Attempts so far.") int attempts,
    @Description("When it is tried next (PENDING, RETRYING); null otherwise.")
        Instant nextAttemptAt,
    @Description(
            "Why the last attempt failed (e.g. the SMTP reply or HTTP status); null after success.")
        String lastError,
    @Description("When it was sent; null until then.") Instant sentAt,
    @NonNull @Description("When the week was produced and the delivery queued.")
        Instant createdAt) {}
