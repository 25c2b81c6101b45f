package org.dutyboard.maintenance.vendor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("VendorMaintenance")
@Description(
    "A provider's maintenance as its latest notification (highest SEQUENCE) announced it. Private:"
        + " only RESPONDER and SCHEDULER callers see it; never on the status site.")
public record VendorMaintenanceView(
    @Id @NonNull @Description("The internal maintenance window it became.") UUID maintenanceId,
    @NonNull @Description("The provider (X-MAINTNOTE-PROVIDER), e.g. its domain name.")
        String provider,
    @Description("Our account with the provider (X-MAINTNOTE-ACCOUNT).") String account,
    @NonNull @Description("The provider's id of the maintenance (X-MAINTNOTE-MAINTENANCE-ID).")
        String providerMaintenanceId,
    @Description("SEQUENCE of the notification applied last; lower or equal ones are ignored.")
        int sequence,
    @Description("The provider's status (X-MAINTNOTE-STATUS); null when it gave none.")
        VendorMaintenanceStatus status,
    @NonNull @Description("The worst-case impact (X-MAINTNOTE-IMPACT).") MaintenanceImpact impact,
    @Description("The provider's summary of the work (SUMMARY).") String summary,
    @NonNull @Description("The circuits in the maintenance, in the provider's order.")
        List<@NonNull VendorCircuitView> circuits,
    @NonNull @Description("When the first notification arrived.") Instant receivedAt,
    @NonNull @Description("When the notification applied last arrived.") Instant updatedAt) {}
