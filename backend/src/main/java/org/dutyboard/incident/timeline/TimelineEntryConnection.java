package org.dutyboard.incident.timeline;

import java.util.List;
import org.dutyboard.common.pagination.PageInfo;
import org.dutyboard.common.pagination.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TimelineEntryConnection")
@Description("A page of timeline entries.")
public record TimelineEntryConnection(
    @NonNull @Description("The entries on this page.") List<@NonNull TimelineEntryView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  public static TimelineEntryConnection of(Slice<TimelineEntryView> page) {
    return new TimelineEntryConnection(page.items(), page.pageInfo());
  }
}
