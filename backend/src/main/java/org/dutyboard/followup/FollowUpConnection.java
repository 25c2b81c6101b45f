package org.dutyboard.followup;

import java.util.List;
import org.dutyboard.common.pagination.PageInfo;
import org.dutyboard.common.pagination.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FollowUpConnection")
@Description("A page of follow-ups.")
public record FollowUpConnection(
    @NonNull @Description("The follow-ups on this page.") List<@NonNull FollowUpView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  static FollowUpConnection of(Slice<FollowUpView> page) {
    return new FollowUpConnection(page.items(), page.pageInfo());
  }
}
