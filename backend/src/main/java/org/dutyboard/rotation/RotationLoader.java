package org.dutyboard.rotation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.dutyboard.people.PeopleViews;
import org.dutyboard.people.Person;
import org.dutyboard.people.PersonView;
import org.dutyboard.people.Team;
import org.dutyboard.people.TeamView;
import org.dutyboard.rotation.CompiledScheduleCache.Compiled;
import org.dutyboard.rotation.ScheduleComposer.Explicit;
import org.dutyboard.rotation.ScheduleComposer.Override;
import org.dutyboard.rotation.ScheduleComposer.RosterPlan;
import org.dutyboard.rotation.ScheduleComposer.Trade;

/**
 * Loads rotations with every schedule layer in a fixed number of queries whatever their number:
 * each layer is fetched once with {@code rotation_id in (:ids)}. Callers own the transaction.
 */
@ApplicationScoped
class RotationLoader {
  @Inject EntityManager em;
  @Inject CompiledScheduleCache cache;

  /** Loads everything afresh: for writers, whose transaction may see uncommitted changes. */
  List<LoadedRotation> load(List<Rotation> rotations) {
    return load(rotations, false);
  }

  /**
   * For read-only paths: reuses the compiled schedule of each rotation whose version (read with
   * {@code rotations}, so as of the last commit) is unchanged, and loads only the others.
   */
  List<LoadedRotation> loadCurrent(List<Rotation> rotations) {
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
    List<UUID> ids = rotations.stream().map(r -> r.id).toList();
    Map<UUID, List<RotationRole>> roles =
        byRotation(
            list(
                "from RotationRole where rotationId in :ids order by position",
                RotationRole.class,
                ids),
            r -> r.rotationId);
    Map<UUID, List<RosterVersion>> versions =
        byRotation(
            list(
                "from RosterVersion where rotationId in :ids order by fromIndex",
                RosterVersion.class,
                ids),
            v -> v.rotationId);
    Map<UUID, List<RosterEntry>> entries =
        byRotation(
            list(
                "from RosterEntry where rotationId in :ids order by position",
                RosterEntry.class,
                ids),
            e -> e.rosterVersionId);
    Map<UUID, List<SkippedPeriod>> skips =
        byRotation(
            list(
                "from SkippedPeriod where rotationId in :ids and cancelledAt is null",
                SkippedPeriod.class,
                ids),
            s -> s.rotationId);
    Map<UUID, List<ScheduleOverride>> overrides =
        byRotation(
            list(
                "from ScheduleOverride where rotationId in :ids and cancelledAt is null"
                    + " order by createdAt, id",
                ScheduleOverride.class,
                ids),
            o -> o.rotationId);
    Map<UUID, List<ShiftTrade>> trades =
        byRotation(
            list(
                "from ShiftTrade where rotationId in :ids and status = 'ACCEPTED' order by createdAt, id",
                ShiftTrade.class,
                ids),
            t -> t.rotationId);
    Map<UUID, List<ExplicitAssignment>> explicit =
        byRotation(
            list("from ExplicitAssignment where rotationId in :ids", ExplicitAssignment.class, ids),
            e -> e.rotationId);

    Map<UUID, Compiled> result = new HashMap<>();
    for (Rotation r : rotations) {
      List<RotationRole> rotationRoles = roles.getOrDefault(r.id, List.of());
      List<RosterPlan> plans =
          versions.getOrDefault(r.id, List.of()).stream()
              .map(
                  v ->
                      new RosterPlan(
                          v.fromIndex,
                          entries.getOrDefault(v.id, List.of()).stream()
                              .map(e -> e.personId)
                              .toList(),
                          v.anchorPosition))
              .toList();
      ShiftExpansion expansion = new ShiftExpansion(r.pattern());
      TreeSet<Long> skipped = new TreeSet<>();
      for (SkippedPeriod s : skips.getOrDefault(r.id, List.of())) {
        expansion.shiftsStartingBetween(s.startsAt, s.endsAt).forEach(x -> skipped.add(x.index()));
      }
      Map<Long, List<Explicit>> pinned = new HashMap<>();
      explicit
          .getOrDefault(r.id, List.of())
          .forEach(
              e ->
                  pinned
                      .computeIfAbsent(e.shiftIndex, k -> new ArrayList<>())
                      .add(new Explicit(e.shiftIndex, e.role, e.personId)));
      ScheduleComposer composer =
          new ScheduleComposer(
              expansion,
              rotationRoles.stream().map(RotationRole::spec).toList(),
              plans,
              skipped,
              SkipPolicy.valueOf(r.skipPolicy),
              pinned,
              trades.getOrDefault(r.id, List.of()).stream()
                  .map(
                      t ->
                          new Trade(
                              t.id, t.role, t.shiftA, t.requesterId, t.shiftB, t.counterpartId))
                  .toList(),
              overrides.getOrDefault(r.id, List.of()).stream()
                  .map(
                      o ->
                          new Override(
                              o.id,
                              o.role,
                              o.startsAt,
                              o.endsAt,
                              OverrideKind.valueOf(o.kind),
                              o.personId))
                  .toList());
      Set<UUID> personIds = new HashSet<>();
      plans.forEach(plan -> personIds.addAll(plan.people()));
      overrides.getOrDefault(r.id, List.of()).forEach(o -> addIfPresent(personIds, o.personId));
      trades
          .getOrDefault(r.id, List.of())
          .forEach(t -> personIds.addAll(List.of(t.requesterId, t.counterpartId)));
      explicit.getOrDefault(r.id, List.of()).forEach(e -> personIds.add(e.personId));
      result.put(r.id, new Compiled(r.version, rotationRoles, composer, Set.copyOf(personIds)));
    }
    return result;
  }

  LoadedRotation load(Rotation rotation) {
    return load(List.of(rotation)).get(0);
  }

  private <T> List<T> list(String query, Class<T> type, List<UUID> ids) {
    return em.createQuery(query, type).setParameter("ids", ids).getResultList();
  }

  private static <T> Map<UUID, List<T>> byRotation(List<T> rows, Function<T, UUID> key) {
    Map<UUID, List<T>> map = new HashMap<>();
    rows.forEach(row -> map.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
    return map;
  }

  private static void addIfPresent(Set<UUID> set, UUID id) {
    if (id != null) {
      set.add(id);
    }
  }

  private Map<UUID, PersonView> people(Collection<UUID> ids) {
    Map<UUID, PersonView> people = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("from Person where id in :ids", Person.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(p -> people.put(p.id, PeopleViews.of(p)));
    }
    return people;
  }

  private Map<UUID, TeamView> teams(Collection<UUID> ids) {
    Map<UUID, TeamView> teams = new HashMap<>();
    em.createQuery("from Team where id in :ids", Team.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(t -> teams.put(t.id, PeopleViews.of(t)));
    return teams;
  }
}
