package org.dutyboard.rotation.change;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.pagination.Keyset;
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
    Keyset keyset = page.keyset("createdAt", Keyset.KeyType.INSTANT, Keyset.Order.ASCENDING);
    List<ScheduleChange> rows =
        ScheduleChange.<ScheduleChange>find(
                "rotationId = :rotation" + keyset.and(),
                Sort.by("createdAt").and("id"),
                keyset.with(Map.of("rotation", rotationId)))
            .page(0, page.fetchSize())
            .list();
    return page.toSlice(rows, c -> c.createdAt.toString(), c -> c.id)
        .map(ScheduleChangeViews::change);
  }
}
