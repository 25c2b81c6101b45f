package org.dutyboard.clinic.pages;

import java.util.List;
import org.dutyboard.common.page.PageInfo;
import org.dutyboard.common.page.PageRequest.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageConnection")
@Description("A page of pages (alerts that paged someone).")
public record PageConnection(
    @NonNull @Description("The pages on this page of results.") List<@NonNull PageView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  static PageConnection of(Page<PageView> page) {
    return new PageConnection(page.items(), page.pageInfo());
  }
}
