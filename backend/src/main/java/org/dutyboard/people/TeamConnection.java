package org.dutyboard.people;

import java.util.List;
import org.dutyboard.common.pagination.PageInfo;
import org.dutyboard.common.pagination.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TeamConnection")
@Description("A page of teams.")
public record TeamConnection(
    @NonNull @Description("The teams on this page.") List<@NonNull TeamView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  static TeamConnection of(Slice<TeamView> page) {
    return new TeamConnection(page.items(), page.pageInfo());
  }
}
