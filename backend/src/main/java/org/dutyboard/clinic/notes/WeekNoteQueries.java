package org.dutyboard.clinic.notes;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
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
    String where = "teamId = ?1 and at >= ?2 and at < ?3";
    List<WeekNote> rows =
        page.hasCursor()
            ? WeekNote.<WeekNote>find(
                    where + " and (at > ?4 or (at = ?4 and id > ?5))",
                    Sort.by("at").and("id"),
                    teamId,
                    from,
                    to,
                    page.afterInstant(),
                    page.afterId())
                .page(0, page.fetchSize())
                .list()
            : WeekNote.<WeekNote>find(where, Sort.by("at").and("id"), teamId, from, to)
                .page(0, page.fetchSize())
                .list();
    return page.toSlice(rows, n -> n.at.toString(), n -> n.id).map(WeekNoteView::of);
  }
}
