package org.dutyboard.clinic.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.dutyboard.clinic.ClinicActor;
import org.dutyboard.clinic.ClinicActor.Actor;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;

/**
 * Edits of notes on a team's week. Anyone on the team (RESPONDER) writes them. A note belongs to
 * the week whose range contains its {@code at}.
 */
@ApplicationScoped
@Transactional
public class WeekNoteService {
  static final int MAX_TEXT = 4000;

  @Inject Caller caller;
  @Inject ClinicActor actors;
  @Inject Clock clock;
  @Inject EntityManager em;

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
    WeekNote note = Entities.require(WeekNote.class, id, "id", "Week note");
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
