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
import org.dutyboard.common.Grouping;
import org.dutyboard.people.PeopleQueries;
import org.dutyboard.people.PersonView;
import org.dutyboard.people.TeamView;
import org.dutyboard.rotation.change.ScheduleOverride;
import org.dutyboard.rotation.change.ShiftTrade;
import org.dutyboard.rotation.change.SkippedPeriod;
import org.dutyboard.rotation.schedule.CompiledScheduleCache;
import org.dutyboard.rotation.schedule.CompiledScheduleCache.Compiled;
import org.dutyboard.rotation.schedule.ExplicitAssignment;
import org.dutyboard.rotation.schedule.ScheduleComposer;
import org.dutyboard.rotation.schedule.ScheduleComposer.Explicit;
import org.dutyboard.rotation.schedule.ScheduleComposer.Override;
import org.dutyboard.rotation.schedule.ScheduleComposer.RosterPlan;
import org.dutyboard.rotation.schedule.ScheduleComposer.Trade;
import org.dutyboard.rotation.schedule.ShiftExpansion;

/**
 * Loads rotations with every schedule layer in a fixed number of queries whatever their number:
 * each layer is fetched once with {@code rotation_id in (:ids)}. Callers own the transaction.
 */
@ApplicationScoped
public class RotationRepository {
  @Inject EntityManager em;
  @Inject CompiledScheduleCache cache;
  @Inject PeopleQueries peopleQueries;

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

  /**
   * Every schedule layer of some rotations, each list keyed by rotation id (entries by version).
   */
  private record Layers(
      Map<UUID, List<RotationRole>> roles,
      Map<UUID, List<RosterVersion>> versions,
      Map<UUID, List<RosterEntry>> entriesByVersion,
      Map<UUID, List<SkippedPeriod>> skips,
      Map<UUID, List<ScheduleOverride>> overrides,
      Map<UUID, List<ShiftTrade>> trades,
      Map<UUID, List<ExplicitAssignment>> explicit) {}

  /** Every schedule layer of {@code rotations}, one query per layer, composed per rotation. */
  private Map<UUID, Compiled> compile(List<Rotation> rotations) {
    Layers layers = layers(rotations.stream().map(r -> r.id).toList());
    Map<UUID, Compiled> result = new HashMap<>();
    rotations.forEach(r -> result.put(r.id, compile(r, layers)));
    return result;
  }

  private Layers layers(List<UUID> ids) {
    return new Layers(
        layer(
            "from RotationRole where rotationId in :ids order by position",
            RotationRole.class,
            ids,
            r -> r.rotationId),
        layer(
            "from RosterVersion where rotationId in :ids order by fromIndex",
            RosterVersion.class,
            ids,
            v -> v.rotationId),
        layer(
            "from RosterEntry where rotationId in :ids order by position",
            RosterEntry.class,
            ids,
            e -> e.rosterVersionId),
        layer(
            "from SkippedPeriod where rotationId in :ids and cancelledAt is null",
            SkippedPeriod.class,
            ids,
            s -> s.rotationId),
        layer(
            "from ScheduleOverride where rotationId in :ids and cancelledAt is null"
                + " order by createdAt, id",
            ScheduleOverride.class,
            ids,
            o -> o.rotationId),
        layer(
            "from ShiftTrade where rotationId in :ids and status = org.dutyboard.rotation.change.TradeStatus.ACCEPTED"
                + " order by createdAt, id",
            ShiftTrade.class,
            ids,
            t -> t.rotationId),
        layer(
            "from ExplicitAssignment where rotationId in :ids",
            ExplicitAssignment.class,
            ids,
            e -> e.rotationId));
  }

  /** One layer's rows of all rotations in one query, grouped by {@code key}. */
  private <T> Map<UUID, List<T>> layer(
      String query, Class<T> type, List<UUID> ids, Function<T, UUID> key) {
    return Grouping.byKey(
        em.createQuery(query, type).setParameter("ids", ids).getResultList(), key);
  }

  private static Compiled compile(Rotation r, Layers layers) {
    List<RotationRole> roles = layers.roles().getOrDefault(r.id, List.of());
    List<RosterPlan> plans = plans(layers.versions().getOrDefault(r.id, List.of()), layers);
    List<ScheduleOverride> overrides = layers.overrides().getOrDefault(r.id, List.of());
    List<ShiftTrade> trades = layers.trades().getOrDefault(r.id, List.of());
    List<ExplicitAssignment> explicit = layers.explicit().getOrDefault(r.id, List.of());
    ShiftExpansion expansion = new ShiftExpansion(r.pattern());
    ScheduleComposer composer =
        new ScheduleComposer(
            expansion,
            roles.stream().map(RotationRole::spec).toList(),
            plans,
            skippedShifts(expansion, layers.skips().getOrDefault(r.id, List.of())),
            SkipPolicy.valueOf(r.skipPolicy),
            pinned(explicit),
            trades.stream()
                .map(
                    t ->
                        new Trade(t.id, t.role, t.shiftA, t.requesterId, t.shiftB, t.counterpartId))
                .toList(),
            overrides.stream()
                .map(o -> new Override(o.id, o.role, o.startsAt, o.endsAt, o.kind, o.personId))
                .toList());
    return new Compiled(r.version, roles, composer, personIds(plans, overrides, trades, explicit));
  }

  /** Roster versions with their people in roster order. */
  private static List<RosterPlan> plans(List<RosterVersion> versions, Layers layers) {
    return versions.stream()
        .map(
            v ->
                new RosterPlan(
                    v.fromIndex,
                    layers.entriesByVersion().getOrDefault(v.id, List.of()).stream()
                        .map(e -> e.personId)
                        .toList(),
                    v.anchorPosition))
        .toList();
  }

  /** Indices of the shifts starting inside any skipped period. */
  private static TreeSet<Long> skippedShifts(ShiftExpansion expansion, List<SkippedPeriod> skips) {
    TreeSet<Long> skipped = new TreeSet<>();
    for (SkippedPeriod s : skips) {
      expansion.shiftsStartingBetween(s.startsAt, s.endsAt).forEach(x -> skipped.add(x.index()));
    }
    return skipped;
  }

  /** Explicit assignments by shift index. */
  private static Map<Long, List<Explicit>> pinned(List<ExplicitAssignment> explicit) {
    return Grouping.byKey(
        explicit, e -> e.shiftIndex, e -> new Explicit(e.shiftIndex, e.role, e.personId));
  }

  /** Everyone a rotation's schedule may name: rosters, overrides, trades, explicit assignments. */
  private static Set<UUID> personIds(
      List<RosterPlan> plans,
      List<ScheduleOverride> overrides,
      List<ShiftTrade> trades,
      List<ExplicitAssignment> explicit) {
    Set<UUID> personIds = new HashSet<>();
    plans.forEach(plan -> personIds.addAll(plan.people()));
    overrides.forEach(o -> addIfPresent(personIds, o.personId));
    trades.forEach(t -> personIds.addAll(List.of(t.requesterId, t.counterpartId)));
    explicit.forEach(e -> personIds.add(e.personId));
    return Set.copyOf(personIds);
  }

  public LoadedRotation load(Rotation rotation) {
    return load(List.of(rotation)).get(0);
  }

  private static void addIfPresent(Set<UUID> set, UUID id) {
    if (id != null) {
      set.add(id);
    }
  }

  private Map<UUID, PersonView> people(Collection<UUID> ids) {
    return peopleQueries.personViews(ids);
  }

  private Map<UUID, TeamView> teams(Collection<UUID> ids) {
    return peopleQueries.teamViews(ids);
  }
}
