package org.dutyboard.incident.statusupdate;

import java.util.List;
import org.dutyboard.common.page.PageInfo;
import org.dutyboard.common.page.PageRequest.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PublicStatusUpdateConnection")
@Description("A page of public status updates.")
public record PublicStatusUpdateConnection(
    @NonNull @Description("The updates on this page.") List<@NonNull PublicStatusUpdateView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  public static PublicStatusUpdateConnection of(Page<PublicStatusUpdateView> page) {
    return new PublicStatusUpdateConnection(page.items(), page.pageInfo());
  }
}
