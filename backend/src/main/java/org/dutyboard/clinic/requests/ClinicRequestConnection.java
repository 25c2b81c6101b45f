package org.dutyboard.clinic.requests;

import java.util.List;
import org.dutyboard.common.pagination.PageInfo;
import org.dutyboard.common.pagination.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ClinicRequestConnection")
@Description("A page of clinic requests.")
public record ClinicRequestConnection(
    @NonNull @Description("The requests on this page.") List<@NonNull ClinicRequestView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  static ClinicRequestConnection of(Slice<ClinicRequestView> page) {
    return new ClinicRequestConnection(page.items(), page.pageInfo());
  }
}
