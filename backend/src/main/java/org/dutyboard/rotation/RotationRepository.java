package org.dutyboard.rotation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.people.PeopleQueries;
import org.dutyboard.people.PersonView;
import org.dutyboard.people.TeamView;
import org.dutyboard.rotation.schedule.CompiledScheduleCache;
import org.dutyboard.rotation.schedule.CompiledScheduleCache.Compiled;

/**
 * Loads rotations with every schedule layer in a fixed number of queries whatever their number:
 * each layer is fetched once with {@code rotation_id = any(:ids)} ({@link ScheduleLayers}), people
 * and teams once for all. Callers own the transaction.
 */
@ApplicationScoped
public class RotationRepository {
  @Inject EntityManager em;
  @Inject CompiledScheduleCache cache;
  @Inject PeopleQueries peopleQueries;

  /**
   * The rotation {@code id} for an edit of its settings or roster: NOT_FOUND naming {@code id},
   * CONFLICT on a stale {@code expectedVersion}, and the row locked.
   */
  public Rotation lockForEdit(UUID id, Integer expectedVersion) {
    Rotation rotation = Entities.require(Rotation.class, id, "id", "Rotation");
    DutyboardException.checkVersion("Rotation " + id, expectedVersion, rotation.version);
    // Roles and roster are part of the compiled schedule (cached by version): bump the version
    // now, even when the clock has not moved, so the returned version is the committed one.
    em.lock(rotation, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    return rotation;
  }

  /** Loads everything afresh: for writers, whose transaction may see uncommitted changes. */
  public List<LoadedRotation> load(List<Rotation> rotations) {
    return load(rotations, false);
  }

  /**
   * For read-only paths: reuses the compiled schedule of each rotation whose version (read with
   * {@code rotations}, so as of the last commit) is unchanged, and loads only the others.
   */
  public List<LoadedRotation> loadCurrent(List<Rotation> rotations) {
    return load(rotations, true);
  }

  private List<LoadedRotation> load(List<Rotation> rotations, boolean cached) {
    if (rotations.isEmpty()) {
      return List.of();
    }
    Map<UUID, Compiled> compiled = new HashMap<>();
    List<Rotation> missing = new ArrayList<>();
    for (Rotation r : rotations) {
      Compiled hit = cached ? cache.get(r) : null;
      if (hit == null) {
        missing.add(r);
      } else {
        compiled.put(r.id, hit);
      }
    }
    if (!missing.isEmpty()) {
      compile(missing)
          .forEach(
              (id, c) -> {
                compiled.put(id, c);
                if (cached) {
                  cache.put(id, c);
                }
              });
    }
    Set<UUID> personIds = new HashSet<>();
    compiled.values().forEach(c -> personIds.addAll(c.personIds()));
    Map<UUID, PersonView> people = people(personIds);
    Map<UUID, TeamView> teams = teams(rotations.stream().map(r -> r.teamId).distinct().toList());
    List<LoadedRotation> result = new ArrayList<>();
    for (Rotation r : rotations) {
      Compiled c = compiled.get(r.id);
      result.add(new LoadedRotation(r, c.roles(), teams.get(r.teamId), c.composer(), people));
    }
    return result;
  }

  /** Every schedule layer of {@code rotations}, one query per layer, composed per rotation. */
  private Map<UUID, Compiled> compile(List<Rotation> rotations) {
    ScheduleLayers layers = ScheduleLayers.fetch(em, rotations.stream().map(r -> r.id).toList());
    Map<UUID, Compiled> result = new HashMap<>();
    rotations.forEach(r -> result.put(r.id, layers.compile(r)));
    return result;
  }

  public LoadedRotation load(Rotation rotation) {
    return load(List.of(rotation)).get(0);
  }

  private Map<UUID, PersonView> people(Collection<UUID> ids) {
    return peopleQueries.personViews(ids);
  }

  private Map<UUID, TeamView> teams(Collection<UUID> ids) {
    return peopleQueries.teamViews(ids);
  }
}
