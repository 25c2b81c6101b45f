package org.dutyboard.rotation.handoff;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.rotation.LoadedRotation;
import org.dutyboard.rotation.Rotation;
import org.dutyboard.rotation.RotationRepository;
import org.dutyboard.rotation.RotationRole;
import org.dutyboard.rotation.schedule.ShiftExpansion;

/**
 * Reading handoffs at shift boundaries: for each role whose holder changes. Boundaries are derived
 * from the composed schedule; a row is stored once someone acts on one.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class HandoffQueries {
  @Inject Caller caller;
  @Inject EntityManager em;
  @Inject RotationRepository repository;

  /** Handoffs due in {@code [from, to)} for the given rotations (all when empty). */
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
  public List<HandoffView> handoffsOf(
      List<Rotation> rotations, Instant from, Instant to, boolean onlyUnacknowledged) {
    return handoffsOfLoaded(repository.loadCurrent(rotations), from, to, onlyUnacknowledged);
  }

  /** As {@link #handoffsOf}, for rotations the caller has loaded already (read paths). */
  public List<HandoffView> handoffsOfLoaded(
      List<LoadedRotation> rotations, Instant from, Instant to, boolean onlyUnacknowledged) {
    if (!to.isAfter(from) || Duration.between(from, to).toDays() > 366) {
      throw DutyboardException.validation("to", "the range must be positive and at most 366 days");
    }
    Map<String, Handoff> stored = new HashMap<>();
    if (!rotations.isEmpty()) {
      em.createQuery("from Handoff where any_of(:ids, rotationId)", Handoff.class)
          .setParameter("ids", AnyOf.ids(rotations.stream().map(r -> r.rotation().id).toList()))
          .getResultList()
          .forEach(h -> stored.put(key(h.rotationId, h.shiftIndex, h.role), h));
    }
    List<HandoffView> result = new ArrayList<>();
    for (LoadedRotation loaded : rotations) {
      for (ShiftExpansion.Shift shift : loaded.expansion().shiftsStartingBetween(from, to)) {
        for (RotationRole role : loaded.roles()) {
          HandoffBoundary.of(loaded, shift.index(), role.name)
              .map(
                  b ->
                      HandoffViews.handoff(
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

  private static String key(UUID rotation, long index, String role) {
    return rotation + "/" + index + "/" + role;
  }
}
