package org.dutyboard.maintenance;

import java.util.List;
import org.dutyboard.common.page.PageInfo;
import org.dutyboard.common.page.PageRequest.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MaintenanceConnection")
@Description("A page of maintenance windows.")
public record MaintenanceConnection(
    @NonNull @Description("The windows on this page.") List<@NonNull MaintenanceView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  static MaintenanceConnection of(Page<MaintenanceView> page) {
    return new MaintenanceConnection(page.items(), page.pageInfo());
  }
}
