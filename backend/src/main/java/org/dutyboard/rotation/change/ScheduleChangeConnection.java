package org.dutyboard.rotation.change;

import java.util.List;
import org.dutyboard.common.pagination.PageInfo;
import org.dutyboard.common.pagination.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ScheduleChangeConnection")
@Description("A page of a rotation's history, oldest first.")
public record ScheduleChangeConnection(
    @NonNull @Description("The changes on this page.") List<@NonNull ScheduleChangeView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  static ScheduleChangeConnection of(Slice<ScheduleChangeView> page) {
    return new ScheduleChangeConnection(page.items(), page.pageInfo());
  }
}
