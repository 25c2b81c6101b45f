package org.dutyboard.clinic.notes;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.pagination.Keyset;
import org.dutyboard.common.pagination.Slice;
import org.dutyboard.common.pagination.SliceRequest;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.common.time.Ranges;

/** Reads of notes on a team's week; viewers read. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class WeekNoteQueries {
  @Inject Caller caller;

  /**
   * The team's notes with {@code at} in [from, to), oldest first, for the weekly summary. No
   * authorization check: the summary authorizes its reader or produces the report for a fixed
   * audience.
   */
  public List<WeekNoteView> notesBetween(UUID teamId, Instant from, Instant to) {
    Ranges.requireValid(from, to);
    return WeekNote.<WeekNote>list(
            "teamId = ?1 and at >= ?2 and at < ?3", Sort.by("at").and("id"), teamId, from, to)
        .stream()
        .map(WeekNoteView::of)
        .toList();
  }

  public Slice<WeekNoteView> notes(UUID teamId, Instant from, Instant to, SliceRequest page) {
    caller.require(Role.VIEWER);
    if (teamId == null) {
      throw DutyboardException.validation("teamId", "teamId is required");
    }
    Ranges.requireValid(from, to);
    Keyset keyset = page.keyset("at", Keyset.KeyType.INSTANT, Keyset.Order.ASCENDING);
    List<WeekNote> rows =
        WeekNote.<WeekNote>find(
                "teamId = :team and at >= :from and at < :to" + keyset.and(),
                Sort.by("at").and("id"),
                keyset.with(Map.of("team", teamId, "from", from, "to", to)))
            .page(0, page.fetchSize())
            .list();
    return page.toSlice(rows, n -> n.at.toString(), n -> n.id).map(WeekNoteView::of);
  }
}
