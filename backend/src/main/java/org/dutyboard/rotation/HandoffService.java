package org.dutyboard.rotation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.people.CurrentPerson;
import org.dutyboard.rotation.ScheduleComposer.Holder;

/**
 * Handoffs at shift boundaries: for each role whose holder changes, the outgoing holder writes
 * notes and the incoming holder acknowledges. Boundaries are derived from the composed schedule; a
 * row is stored once someone acts on one.
 */
@ApplicationScoped
@Transactional
public class HandoffService {
  static final int MAX_LINKS = 20;

  @Inject Caller caller;
  @Inject CurrentPerson currentPerson;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject RotationLoader loader;

  /** Handoffs due in {@code [from, to)} for the given rotations (all when empty). */
  @Transactional(TxType.SUPPORTS)
  public List<HandoffView> handoffs(
      UUID rotationId, UUID teamId, Instant from, Instant to, boolean onlyUnacknowledged) {
    caller.require(Role.VIEWER);
    List<Rotation> rotations =
        rotationId != null
            ? Rotation.list("id", rotationId)
            : teamId != null
                ? Rotation.list("teamId", Sort.by("name"), teamId)
                : Rotation.listAll(Sort.by("name"));
    return handoffsOf(rotations, from, to, onlyUnacknowledged);
  }

  /**
   * Handoffs of {@code rotations} due in {@code [from, to)}, in time order. No authorization check:
   * for the weekly summary, which authorizes its reader or produces the report for a fixed
   * audience.
   */
  @Transactional(TxType.SUPPORTS)
  public List<HandoffView> handoffsOf(
      List<Rotation> rotations, Instant from, Instant to, boolean onlyUnacknowledged) {
    if (!to.isAfter(from) || Duration.between(from, to).toDays() > 366) {
      throw DutyboardException.validation("to", "the range must be positive and at most 366 days");
    }
    Map<String, Handoff> stored = new HashMap<>();
    if (!rotations.isEmpty()) {
      em.createQuery("from Handoff where rotationId in :ids", Handoff.class)
          .setParameter("ids", rotations.stream().map(r -> r.id).toList())
          .getResultList()
          .forEach(h -> stored.put(key(h.rotationId, h.shiftIndex, h.role), h));
    }
    List<HandoffView> result = new ArrayList<>();
    for (LoadedRotation loaded : loader.loadCurrent(rotations)) {
      for (ShiftExpansion.Shift shift : loaded.expansion().shiftsStartingBetween(from, to)) {
        for (RotationRole role : loaded.roles()) {
          boundary(loaded, shift.index(), role.name)
              .map(
                  b ->
                      view(
                          loaded,
                          b,
                          stored.get(key(loaded.rotation().id, shift.index(), role.name))))
              .filter(v -> !onlyUnacknowledged || v.acknowledgedAt() == null)
              .ifPresent(result::add);
        }
      }
    }
    result.sort((a, b) -> a.at().compareTo(b.at()));
    return result;
  }

  public HandoffView writeNotes(
      UUID rotationId,
      int shiftIndex,
      String role,
      String notes,
      List<String> links,
      Integer expectedVersion) {
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
    return view(target.loaded(), target.boundary(), handoff);
  }

  public HandoffView acknowledge(UUID rotationId, int shiftIndex, String role) {
    caller.requireAny(Role.RESPONDER, Role.SCHEDULER); // self-service
    Target target = target(rotationId, shiftIndex, role);
    requirePersonOrScheduler(
        target.boundary().incoming(),
        "Only the incoming holder or a scheduler acknowledges a handoff");
    Handoff handoff = target.handoff();
    if (handoff.acknowledgedAt == null) {
      handoff.acknowledgedAt = clock.instant();
      handoff.acknowledgedBy = caller.name();
    }
    em.flush();
    return view(target.loaded(), target.boundary(), handoff);
  }

  private record Boundary(long index, String role, Instant at, UUID outgoing, UUID incoming) {}

  private record Target(LoadedRotation loaded, Boundary boundary, Handoff handoff) {}

  private Target target(UUID rotationId, int shiftIndex, String role) {
    Rotation rotation =
        Rotation.<Rotation>findByIdOptional(rotationId)
            .orElseThrow(() -> DutyboardException.notFound("rotationId", "Rotation", rotationId));
    LoadedRotation loaded = loader.load(rotation);
    Boundary boundary =
        boundary(loaded, shiftIndex, role)
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

  /**
   * The role's holder at the end of the previous shift and at the start of this one, if they
   * differ.
   */
  private static Optional<Boundary> boundary(LoadedRotation loaded, long index, String role) {
    if (index < 1 || loaded.roles().stream().noneMatch(r -> r.name.equals(role))) {
      return Optional.empty();
    }
    Instant at = loaded.expansion().startOf(index);
    Optional<UUID> outgoing = holderAt(loaded, index - 1, role, at.minusNanos(1));
    Optional<UUID> incoming = holderAt(loaded, index, role, at);
    if (outgoing.isEmpty() || incoming.isEmpty() || outgoing.equals(incoming)) {
      return Optional.empty();
    }
    return Optional.of(new Boundary(index, role, at, outgoing.get(), incoming.get()));
  }

  private static Optional<UUID> holderAt(
      LoadedRotation loaded, long index, String role, Instant at) {
    return loaded.composer().compose(index).holdersAt(at).stream()
        .filter(h -> h.role().equals(role))
        .map(Holder::personId)
        .findFirst();
  }

  private void requirePersonOrScheduler(UUID person, String message) {
    boolean isPerson = currentPerson.id().map(person::equals).orElse(false);
    if (!isPerson && !caller.has(Role.SCHEDULER)) {
      throw DutyboardException.forbidden(message);
    }
  }

  private static HandoffView view(LoadedRotation loaded, Boundary b, Handoff stored) {
    return new HandoffView(
        loaded.rotation().id,
        loaded.rotation().name,
        (int) b.index(),
        b.at(),
        b.role(),
        loaded.people().get(b.outgoing()),
        loaded.people().get(b.incoming()),
        stored == null ? null : stored.notes,
        stored == null || stored.links == null || stored.links.isEmpty()
            ? List.of()
            : Arrays.asList(stored.links.split("\n")),
        stored == null ? null : stored.writtenAt,
        stored == null ? null : stored.writtenBy,
        stored == null ? null : stored.acknowledgedAt,
        stored == null ? null : stored.acknowledgedBy,
        stored == null ? 0 : (int) stored.version);
  }

  private static String key(UUID rotation, long index, String role) {
    return rotation + "/" + index + "/" + role;
  }
}
