package org.dutyboard.clinic.notes;

import java.util.List;
import org.dutyboard.common.pagination.PageInfo;
import org.dutyboard.common.pagination.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("WeekNoteConnection")
@Description("A page of week notes.")
public record WeekNoteConnection(
    @NonNull @Description("The notes on this page.") List<@NonNull WeekNoteView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  static WeekNoteConnection of(Slice<WeekNoteView> page) {
    return new WeekNoteConnection(page.items(), page.pageInfo());
  }
}
