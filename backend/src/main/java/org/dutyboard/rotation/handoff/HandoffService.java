package org.dutyboard.rotation.handoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.people.CurrentPerson;
import org.dutyboard.rotation.LoadedRotation;
import org.dutyboard.rotation.Rotation;
import org.dutyboard.rotation.RotationRepository;

/**
 * Writing handoffs: the outgoing holder writes notes and the incoming holder acknowledges.
 * Boundaries are derived from the composed schedule; a row is stored once someone acts on one.
 */
@ApplicationScoped
@Transactional
public class HandoffService {
  static final int MAX_LINKS = 20;

  @Inject Caller caller;
  @Inject CurrentPerson currentPerson;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject RotationRepository repository;

  public HandoffView writeNotes(HandoffNotesInput input, Integer expectedVersion) {
    UUID rotationId = input.rotationId();
    int shiftIndex = input.shiftIndex();
    String role = input.role();
    String notes = input.notes();
    List<String> links = input.links();
    caller.requireAny(Role.RESPONDER, Role.SCHEDULER); // self-service
    if (notes != null && notes.length() > 20000) {
      throw DutyboardException.validation("notes", "notes are over 20000 characters");
    }
    List<String> cleanLinks =
        links == null
            ? List.of()
            : links.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (cleanLinks.size() > MAX_LINKS
        || cleanLinks.stream().anyMatch(l -> l.length() > 500 || l.contains("\n"))) {
      throw DutyboardException.validation(
          "links", "at most " + MAX_LINKS + " links of at most 500 characters");
    }
    Target target = target(rotationId, shiftIndex, role);
    requirePersonOrScheduler(
        target.boundary().outgoing(),
        "Only the outgoing holder or a scheduler writes handoff notes");
    Handoff handoff = target.handoff();
    DutyboardException.checkVersion("Handoff", expectedVersion, handoff.version);
    handoff.notes = notes;
    handoff.links = String.join("\n", cleanLinks);
    handoff.writtenAt = clock.instant();
    handoff.writtenBy = caller.name();
    em.flush();
    return HandoffViews.handoff(target.loaded(), target.boundary(), handoff);
  }

  public HandoffView acknowledge(
      UUID rotationId, int shiftIndex, String role, Integer expectedVersion) {
    caller.requireAny(Role.RESPONDER, Role.SCHEDULER); // self-service
    Target target = target(rotationId, shiftIndex, role);
    requirePersonOrScheduler(
        target.boundary().incoming(),
        "Only the incoming holder or a scheduler acknowledges a handoff");
    Handoff handoff = target.handoff();
    DutyboardException.checkVersion("Handoff", expectedVersion, handoff.version);
    if (handoff.acknowledgedAt == null) {
      handoff.acknowledgedAt = clock.instant();
      handoff.acknowledgedBy = caller.name();
    }
    em.flush();
    return HandoffViews.handoff(target.loaded(), target.boundary(), handoff);
  }

  private record Target(LoadedRotation loaded, HandoffBoundary boundary, Handoff handoff) {}

  private Target target(UUID rotationId, int shiftIndex, String role) {
    Rotation rotation = Entities.require(Rotation.class, rotationId, "rotationId", "Rotation");
    LoadedRotation loaded = repository.load(rotation);
    HandoffBoundary boundary =
        HandoffBoundary.of(loaded, shiftIndex, role)
            .orElseThrow(
                () ->
                    DutyboardException.validation(
                        "shiftIndex", "no handoff of " + role + " at shift " + shiftIndex));
    Handoff handoff =
        Handoff.<Handoff>find(
                "rotationId = ?1 and shiftIndex = ?2 and role = ?3",
                rotationId,
                (long) shiftIndex,
                role)
            .firstResultOptional()
            .orElseGet(
                () -> {
                  Handoff h = new Handoff();
                  h.id = UUID.randomUUID();
                  h.rotationId = rotationId;
                  h.shiftIndex = shiftIndex;
                  h.role = role;
                  h.outgoingPersonId = boundary.outgoing();
                  h.incomingPersonId = boundary.incoming();
                  h.persist();
                  return h;
                });
    return new Target(loaded, boundary, handoff);
  }

  private void requirePersonOrScheduler(UUID person, String message) {
    boolean isPerson = currentPerson.id().map(person::equals).orElse(false);
    if (!isPerson && !caller.has(Role.SCHEDULER)) {
      throw DutyboardException.forbidden(message);
    }
  }
}
