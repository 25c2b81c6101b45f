package org.dutyboard.clinic.requests;

import java.util.List;
import org.dutyboard.common.page.PageInfo;
import org.dutyboard.common.page.PageRequest.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ClinicRequestConnection")
@Description("A page of clinic requests.")
public record ClinicRequestConnection(
    @NonNull @Description("The requests on this page.") List<@NonNull ClinicRequestView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  static ClinicRequestConnection of(Page<ClinicRequestView> page) {
    return new ClinicRequestConnection(page.items(), page.pageInfo());
  }
}
