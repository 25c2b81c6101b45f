package org.dutyboard.common.pagination;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a page of a cursor-paginated list ends and whether more follows.")
public record PageInfo(
    @Description("True when another page follows; fetch it with `after: endCursor`.")
        boolean hasNextPage,
    @Description("Opaque cursor of the last item on this page; null for an empty page.")
        String endCursor) {}
