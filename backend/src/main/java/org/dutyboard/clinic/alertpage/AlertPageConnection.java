package org.dutyboard.clinic.alertpage;

import java.util.List;
import org.dutyboard.common.pagination.PageInfo;
import org.dutyboard.common.pagination.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AlertPageConnection")
@Description("A page of pages (alerts that paged someone).")
public record AlertPageConnection(
    @NonNull @Description("The pages on this page of results.") List<@NonNull AlertPageView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  static AlertPageConnection of(Slice<AlertPageView> page) {
    return new AlertPageConnection(page.items(), page.pageInfo());
  }
}
