package org.dutyboard.rotation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.people.PeopleService;
import org.dutyboard.rotation.change.ScheduleChangeKind;
import org.dutyboard.rotation.change.ScheduleHistory;

/** Setting who is on a rotation's roster, and in which order, from a future shift on. */
@ApplicationScoped
@Transactional
public class RosterService {
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject PeopleService people;
  @Inject RotationRepository repository;
  @Inject ScheduleHistory history;

  /**
   * Sets the roster from the first shift starting at or after {@code effectiveFrom} (default now),
   * so past and running shifts never change. The first roster of a rotation applies from its first
   * shift. A change replaces roster changes scheduled after it, and continues the order: the person
   * who would have been first at that shift stays first if they remain on the roster.
   */
  public RotationView setRoster(UUID id, RosterInput input, Integer expectedVersion) {
    List<UUID> personIds = input.personIds();
    Instant effectiveFrom = input.effectiveFrom();
    String reason = input.reason();
    caller.require(Role.SCHEDULER);
    Rotation rotation = repository.lockForEdit(id, expectedVersion);
    Instant now = clock.instant();
    if (effectiveFrom != null && effectiveFrom.isBefore(now)) {
      throw DutyboardException.validation(
          "effectiveFrom", "effectiveFrom is in the past; past shifts are immutable");
    }
    RoleAssignment.requireValid(RotationRole.specsOf(id), personIds);
    personIds.forEach(p -> people.requirePerson(p, "personIds"));
    LoadedRotation loaded = repository.load(rotation);
    boolean first = RosterVersion.count("rotationId", id) == 0;
    long fromIndex =
        first ? 0 : firstShiftAtOrAfter(loaded, effectiveFrom == null ? now : effectiveFrom);
    int anchor = first ? 0 : loaded.composer().anchorFor(fromIndex, personIds);
    RosterVersion.delete("rotationId = ?1 and fromIndex >= ?2", id, fromIndex);
    em.flush();
    RosterVersion.store(id, fromIndex, anchor, personIds, caller.name(), reason, now);
    rotation.updatedAt = now;
    history.record(
        id,
        ScheduleChangeKind.ROSTER_CHANGED,
        "Roster of " + personIds.size() + " people from shift " + fromIndex,
        reason);
    em.flush();
    return RotationViews.rotation(repository.load(rotation));
  }

  private static long firstShiftAtOrAfter(LoadedRotation loaded, Instant at) {
    return loaded
        .expansion()
        .shiftAt(at)
        .map(s -> s.start().equals(at) ? s.index() : s.index() + 1)
        .orElse(0L);
  }
}
