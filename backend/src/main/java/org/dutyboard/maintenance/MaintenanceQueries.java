package org.dutyboard.maintenance;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.common.pagination.Keyset;
import org.dutyboard.common.pagination.Slice;
import org.dutyboard.common.pagination.SliceRequest;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;

/**
 * Reads of maintenance windows. Viewers read the public fields; RESPONDER or SCHEDULER callers also
 * read the private ones (vendor reference, circuit id, internal notes).
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class MaintenanceQueries {
  @Inject Caller caller;
  @Inject MaintenanceViews views;

  public Slice<MaintenanceWindowView> list(MaintenanceWhen when, SliceRequest page) {
    caller.require(Role.VIEWER);
    boolean newestFirst = when == null || when.newestFirst;
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (when != null) {
      params.put("statuses", AnyOf.names(when.statuses));
      where.append(" and any_of(:statuses, status)");
    }
    Keyset keyset =
        page.keyset(
            "plannedStart",
            Keyset.KeyType.INSTANT,
            newestFirst ? Keyset.Order.DESCENDING_KEY_ASCENDING_ID : Keyset.Order.ASCENDING);
    where.append(keyset.and());
    Sort order =
        (newestFirst ? Sort.descending("plannedStart") : Sort.ascending("plannedStart")).and("id");
    List<MaintenanceWindow> rows =
        MaintenanceWindow.<MaintenanceWindow>find(where.toString(), order, keyset.with(params))
            .page(0, page.fetchSize())
            .list();
    Slice<MaintenanceWindow> cut = page.toSlice(rows, w -> w.plannedStart.toString(), w -> w.id);
    return new Slice<>(views.of(cut.items(), views.seesPrivate()), cut.pageInfo());
  }

  public Optional<MaintenanceWindowView> get(UUID id) {
    caller.require(Role.VIEWER);
    return MaintenanceWindow.<MaintenanceWindow>findByIdOptional(id)
        .map(w -> views.of(List.of(w), views.seesPrivate()).get(0));
  }

  /**
   * Windows that are not cancelled and overlap [from, to), by start: for the weekly summary. No
   * authorization check (the summary authorizes its reader, or produces the weekly report for a
   * fixed audience), so the private operations fields are left out; the summary shows none.
   */
  public List<MaintenanceWindowView> overlapping(Instant from, Instant to) {
    List<MaintenanceWindow> rows =
        MaintenanceWindow.list(
            "status <> ?1 and plannedStart < ?2 and plannedEnd > ?3",
            Sort.by("plannedStart").and("id"),
            MaintenanceStatus.CANCELLED,
            to,
            from);
    return views.of(rows, false);
  }
}
