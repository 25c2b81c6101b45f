package org.dutyboard.incident;

import java.util.List;
import org.dutyboard.common.pagination.PageInfo;
import org.dutyboard.common.pagination.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("IncidentConnection")
@Description("A page of incidents.")
public record IncidentConnection(
    @NonNull @Description("The incidents on this page.") List<@NonNull IncidentView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  static IncidentConnection of(Slice<IncidentView> page) {
    return new IncidentConnection(page.items(), page.pageInfo());
  }
}
