package org.dutyboard.maintenance;

import java.util.List;
import org.dutyboard.common.pagination.PageInfo;
import org.dutyboard.common.pagination.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MaintenanceWindowConnection")
@Description("A page of maintenance windows.")
public record MaintenanceWindowConnection(
    @NonNull @Description("The windows on this page.") List<@NonNull MaintenanceWindowView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  static MaintenanceWindowConnection of(Slice<MaintenanceWindowView> page) {
    return new MaintenanceWindowConnection(page.items(), page.pageInfo());
  }
}
