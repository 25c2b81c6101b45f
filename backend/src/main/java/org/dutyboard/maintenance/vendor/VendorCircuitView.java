package org.dutyboard.maintenance.vendor;

import org.dutyboard.component.ComponentView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("VendorCircuit")
@Description("A circuit (BCOP service object) in a vendor maintenance. Private.")
public record VendorCircuitView(
    @NonNull @Description("The provider's id of the circuit (X-MAINTNOTE-OBJECT-ID).")
        String circuitId,
    @NonNull @Description("Its impact (X-MAINTNOTE-OBJECT-IMPACT, else the maintenance's).")
        MaintenanceImpact impact,
    @Description(
            "The status-page component it maps to (dutyboard.maintenance.vendor.circuit-components);"
                + " null when unmapped.")
        ComponentView component) {}
