package org.dutyboard.component;

import java.util.List;
import org.dutyboard.common.pagination.PageInfo;
import org.dutyboard.common.pagination.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ComponentOverrideEventConnection")
@Description("A page of a component's override history.")
public record ComponentOverrideEventConnection(
    @NonNull @Description("Sets and clears on this page, newest first.")
        List<@NonNull ComponentOverrideEventView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  static ComponentOverrideEventConnection of(Slice<ComponentOverrideEventView> page) {
    return new ComponentOverrideEventConnection(page.items(), page.pageInfo());
  }
}
