package org.dutyboard.incident.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.Grouping;
import org.dutyboard.common.pagination.Slice;
import org.dutyboard.common.pagination.SliceRequest;
import org.dutyboard.incident.IncidentAccess;

/**
 * Reading the living status document. Pages are one range scan of {@code timeline_entry_page_idx
 * (incident_id, occurred_at, id)} in either order.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class TimelineQueries {
  /** Newest first: the index scanned backwards. */
  static final String PAGE_NEWEST_FIRST =
      "select * from timeline_entry where incident_id = :incident"
          + " and (occurred_at, id) < (:at, :id)"
          + " order by occurred_at desc, id desc limit :limit";

  static final String PAGE_OLDEST_FIRST =
      "select * from timeline_entry where incident_id = :incident"
          + " and (occurred_at, id) > (:at, :id)"
          + " order by occurred_at, id limit :limit";

  private static final Instant END = Instant.parse("9999-12-31T00:00:00Z");
  private static final Instant START = Instant.parse("0001-01-01T00:00:00Z");
  private static final UUID MAX_ID = new UUID(-1L, -1L);
  private static final UUID MIN_ID = new UUID(0L, 0L);

  @Inject EntityManager em;
  @Inject IncidentAccess access;

  public Slice<TimelineEntryView> page(UUID incidentId, SliceRequest page, TimelineOrder order) {
    access.requireVisible(incidentId, "incidentId");
    boolean newestFirst = order != TimelineOrder.OLDEST_FIRST;
    Instant at = page.hasCursor() ? page.afterInstant() : newestFirst ? END : START;
    UUID id = page.hasCursor() ? page.afterId() : newestFirst ? MAX_ID : MIN_ID;
    @SuppressWarnings("unchecked")
    List<TimelineEntry> rows =
        em.createNativeQuery(
                newestFirst ? PAGE_NEWEST_FIRST : PAGE_OLDEST_FIRST, TimelineEntry.class)
            .setParameter("incident", incidentId)
            .setParameter("at", at)
            .setParameter("id", id)
            .setParameter("limit", page.fetchSize())
            .getResultList();
    return page.toSlice(rows, e -> e.occurredAt.toString(), e -> e.id).map(TimelineViews::entry);
  }

  public Map<UUID, List<TimelineEntryView>> latest(List<UUID> incidentIds, int count) {
    if (incidentIds.isEmpty()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    List<TimelineEntry> rows =
        em.createNativeQuery(
                "select t.* from incident i cross join lateral (select * from timeline_entry e"
                    + " where e.incident_id = i.id order by e.occurred_at desc, e.id desc"
                    + " limit :count) t where i.id in (:ids)"
                    + " order by t.incident_id, t.occurred_at desc, t.id desc",
                TimelineEntry.class)
            .setParameter("ids", incidentIds)
            .setParameter("count", count)
            .getResultList();
    return Grouping.byKey(rows, e -> e.incidentId, TimelineViews::entry);
  }
}
