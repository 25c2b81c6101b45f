package org.dutyboard.component;

import java.util.List;
import org.dutyboard.common.page.PageInfo;
import org.dutyboard.common.page.PageRequest.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ComponentOverrideConnection")
@Description("A page of a component's override history.")
public record ComponentOverrideConnection(
    @NonNull @Description("Sets and clears on this page, newest first.")
        List<@NonNull ComponentOverrideView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  static ComponentOverrideConnection of(Page<ComponentOverrideView> page) {
    return new ComponentOverrideConnection(page.items(), page.pageInfo());
  }
}
