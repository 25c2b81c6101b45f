package org.dutyboard.clinic.requests;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("QuotaChangeInput")
@Description("One requested value: a resource from its current quota to the requested one.")
public record QuotaChangeInput(
    @NonNull @Description("The resource.") QuotaResource resource,
    @NonNull @Description("The current quota (for a new project: the default quota), >= 0.")
        Integer current,
    @NonNull @Description("The requested quota, >= 0.") Integer requested) {}
