package org.dutyboard.incident.statusupdate;

import java.util.List;
import org.dutyboard.common.pagination.PageInfo;
import org.dutyboard.common.pagination.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PublicStatusUpdateConnection")
@Description("A page of public status updates.")
public record PublicStatusUpdateConnection(
    @NonNull @Description("The updates on this page.") List<@NonNull PublicStatusUpdateView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  public static PublicStatusUpdateConnection of(Slice<PublicStatusUpdateView> page) {
    return new PublicStatusUpdateConnection(page.items(), page.pageInfo());
  }
}
