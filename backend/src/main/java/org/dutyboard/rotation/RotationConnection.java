package org.dutyboard.rotation;

import java.util.List;
import org.dutyboard.common.pagination.PageInfo;
import org.dutyboard.common.pagination.Slice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RotationConnection")
@Description("A page of rotations.")
public record RotationConnection(
    @NonNull @Description("The rotations on this page.") List<@NonNull RotationView> nodes,
    @NonNull @Description("Paging state.") PageInfo pageInfo) {
  static RotationConnection of(Slice<RotationView> page) {
    return new RotationConnection(page.items(), page.pageInfo());
  }
}
