package org.dutyboard.people;

import java.util.List;
import org.dutyboard.common.pagination.PageInfo;
import org.dutyboard.common.pagination.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonConnection")
@Description("A page of people.")
public record PersonConnection(
    @NonNull @Description("The people on this page.") List<@NonNull PersonView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  static PersonConnection of(Slice<PersonView> page) {
    return new PersonConnection(page.items(), page.pageInfo());
  }
}
