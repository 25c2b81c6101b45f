package org.dutyboard.clinic.notes;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dutyboard.clinic.ClinicActor;
import org.dutyboard.clinic.ClinicActor.Actor;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.page.PageRequest;
import org.dutyboard.common.page.PageRequest.Page;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.common.time.Ranges;

/**
 * Notes on a team's week. Anyone on the team (RESPONDER) writes them; viewers read. A note belongs
 * to the week whose range contains its {@code at}.
 */
@ApplicationScoped
@Transactional
public class WeekNoteService {
  static final int MAX_TEXT = 4000;

  @Inject Caller caller;
  @Inject ClinicActor actors;
  @Inject Clock clock;
  @Inject EntityManager em;

  /**
   * The team's notes with {@code at} in [from, to), oldest first, for the weekly summary. No
   * authorization check: the summary authorizes its reader or produces the report for a fixed
   * audience.
   */
  @Transactional(TxType.SUPPORTS)
  public List<WeekNoteView> notesBetween(UUID teamId, Instant from, Instant to) {
    Ranges.requireValid(from, to);
    return WeekNote.<WeekNote>list(
            "teamId = ?1 and at >= ?2 and at < ?3", Sort.by("at").and("id"), teamId, from, to)
        .stream()
        .map(WeekNoteView::of)
        .toList();
  }

  @Transactional(TxType.SUPPORTS)
  public Page<WeekNoteView> notes(UUID teamId, Instant from, Instant to, PageRequest page) {
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
    return page.toPage(rows, n -> n.at.toString(), n -> n.id).map(WeekNoteView::of);
  }

  public WeekNoteView add(UUID teamId, WeekNoteInput input) {
    Actor actor = actors.requireOnTeam(Role.RESPONDER, teamId);
    WeekNote note = new WeekNote();
    note.id = UUID.randomUUID();
    note.teamId = teamId;
    note.authorPersonId = actor.personId();
    note.authorName = actor.name();
    note.createdAt = clock.instant();
    apply(note, input);
    note.persist();
    em.flush();
    return WeekNoteView.of(note);
  }

  public WeekNoteView update(UUID id, WeekNoteInput input, Integer expectedVersion) {
    WeekNote note = requireWritable(id, expectedVersion);
    apply(note, input);
    em.flush();
    return WeekNoteView.of(note);
  }

  public WeekNoteView markImportant(UUID id, boolean important, Integer expectedVersion) {
    WeekNote note = requireWritable(id, expectedVersion);
    note.important = important;
    note.updatedAt = clock.instant();
    em.flush();
    return WeekNoteView.of(note);
  }

  public boolean delete(UUID id, Integer expectedVersion) {
    requireWritable(id, expectedVersion).delete();
    return true;
  }

  private WeekNote requireWritable(UUID id, Integer expectedVersion) {
    caller.require(Role.RESPONDER);
    WeekNote note =
        WeekNote.<WeekNote>findByIdOptional(id)
            .orElseThrow(() -> DutyboardException.notFound("id", "Week note", id));
    actors.requireOnTeam(Role.RESPONDER, note.teamId);
    DutyboardException.checkVersion("Week note " + id, expectedVersion, note.version);
    return note;
  }

  private void apply(WeekNote note, WeekNoteInput input) {
    if (input == null) {
      throw DutyboardException.validation("input", "input is required");
    }
    note.text = Texts.required("text", input.text(), MAX_TEXT);
    note.link = Texts.url("link", input.link());
    note.important = Boolean.TRUE.equals(input.important());
    note.updatedAt = clock.instant();
    if (input.at() != null) {
      note.at = input.at();
    } else if (note.at == null) {
      note.at = note.updatedAt;
    }
  }
}
