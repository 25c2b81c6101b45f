package org.dutyboard.clinic.requests;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("QuotaChange")
@Description("One requested value: a resource from its current quota to the requested one.")
public record QuotaChangeView(
    @NonNull @Description("The resource.") QuotaResource resource,
    @Description("The current quota (for a new project: the default quota).") long current,
    @Description("The requested quota.") long requested) {

  static QuotaChangeView of(QuotaChange c) {
    return new QuotaChangeView(c.resource(), c.current(), c.requested());
  }
}
