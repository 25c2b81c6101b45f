package org.dutyboard.maintenance.vendor;

import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("VendorNotificationResult")
@Description("What one maintenance (VEVENT) of a vendor notification did.")
public record VendorNotificationResultView(
    @NonNull @Description("What happened.") VendorNotificationOutcome outcome,
    @NonNull @Description("The provider (X-MAINTNOTE-PROVIDER).") String provider,
    @NonNull @Description("The provider's maintenance id (X-MAINTNOTE-MAINTENANCE-ID).")
        String providerMaintenanceId,
    @Description("SEQUENCE of this notification.") int sequence,
    @Description("SEQUENCE in force after it (higher than this one's when it was older).")
        int appliedSequence,
    @Id @NonNull @Description("The internal maintenance window.") UUID maintenanceId) {}
