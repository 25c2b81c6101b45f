package org.dutyboard.followup;

import java.util.List;
import org.dutyboard.common.page.PageInfo;
import org.dutyboard.common.page.PageRequest.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FollowUpConnection")
@Description("A page of follow-ups.")
public record FollowUpConnection(
    @NonNull @Description("The follow-ups on this page.") List<@NonNull FollowUpView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  static FollowUpConnection of(Page<FollowUpView> page) {
    return new FollowUpConnection(page.items(), page.pageInfo());
  }
}
