package org.dutyboard.rotation.change;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.pagination.Slice;
import org.dutyboard.common.pagination.SliceRequest;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;

/** Reading a rotation's schedule history. Viewers read. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ScheduleChangeQueries {
  @Inject Caller caller;

  public Slice<ScheduleChangeView> history(UUID rotationId, SliceRequest page) {
    caller.require(Role.VIEWER);
    List<ScheduleChange> rows =
        page.hasCursor()
            ? ScheduleChange.<ScheduleChange>find(
                    "rotationId = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3))",
                    Sort.by("createdAt").and("id"),
                    rotationId,
                    page.afterInstant(),
                    page.afterId())
                .page(0, page.fetchSize())
                .list()
            : ScheduleChange.<ScheduleChange>find(
                    "rotationId", Sort.by("createdAt").and("id"), rotationId)
                .page(0, page.fetchSize())
                .list();
    return page.toSlice(rows, c -> c.createdAt.toString(), c -> c.id)
        .map(ScheduleChangeViews::change);
  }
}
