package org.dutyboard.rotation;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.dutyboard.common.Grouping;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.rotation.change.ScheduleOverride;
import org.dutyboard.rotation.change.ShiftTrade;
import org.dutyboard.rotation.change.SkippedPeriod;
import org.dutyboard.rotation.schedule.CompiledScheduleCache.Compiled;
import org.dutyboard.rotation.schedule.ExplicitAssignment;
import org.dutyboard.rotation.schedule.ScheduleComposer;
import org.dutyboard.rotation.schedule.ScheduleComposer.Explicit;
import org.dutyboard.rotation.schedule.ScheduleComposer.Override;
import org.dutyboard.rotation.schedule.ScheduleComposer.RosterPlan;
import org.dutyboard.rotation.schedule.ScheduleComposer.Trade;
import org.dutyboard.rotation.schedule.ShiftExpansion;

/**
 * Every schedule layer of some rotations, each list keyed by rotation id (roster entries by roster
 * version), fetched with one query per layer whatever the number of rotations, and turned into each
 * rotation's {@link ScheduleComposer} (see {@link RotationRepository}).
 */
record ScheduleLayers(
    Map<UUID, List<RotationRole>> roles,
    Map<UUID, List<RosterVersion>> versions,
    Map<UUID, List<RosterEntry>> entriesByVersion,
    Map<UUID, List<SkippedPeriod>> skips,
    Map<UUID, List<ScheduleOverride>> overrides,
    Map<UUID, List<ShiftTrade>> trades,
    Map<UUID, List<ExplicitAssignment>> explicit) {

  /** Every layer of the rotations {@code rotationIds}, one query each. */
  static ScheduleLayers fetch(EntityManager em, List<UUID> rotationIds) {
    UUID[] ids = AnyOf.ids(rotationIds);
    return new ScheduleLayers(
        layer(
            em,
            "from RotationRole where any_of(:ids, rotationId) order by position",
            RotationRole.class,
            ids,
            r -> r.rotationId),
        layer(
            em,
            "from RosterVersion where any_of(:ids, rotationId) order by fromIndex",
            RosterVersion.class,
            ids,
            v -> v.rotationId),
        layer(
            em,
            "from RosterEntry where any_of(:ids, rotationId) order by position",
            RosterEntry.class,
            ids,
            e -> e.rosterVersionId),
        layer(
            em,
            "from SkippedPeriod where any_of(:ids, rotationId) and cancelledAt is null",
            SkippedPeriod.class,
            ids,
            s -> s.rotationId),
        layer(
            em,
            "from ScheduleOverride where any_of(:ids, rotationId) and cancelledAt is null"
                + " order by createdAt, id",
            ScheduleOverride.class,
            ids,
            o -> o.rotationId),
        layer(
            em,
            "from ShiftTrade where any_of(:ids, rotationId) and status = org.dutyboard.rotation.change.TradeStatus.ACCEPTED"
                + " order by createdAt, id",
            ShiftTrade.class,
            ids,
            t -> t.rotationId),
        layer(
            em,
            "from ExplicitAssignment where any_of(:ids, rotationId)",
            ExplicitAssignment.class,
            ids,
            e -> e.rotationId));
  }

  /** One layer's rows of all rotations in one query, grouped by {@code key}. */
  private static <T> Map<UUID, List<T>> layer(
      EntityManager em, String query, Class<T> type, UUID[] ids, Function<T, UUID> key) {
    return Grouping.byKey(
        em.createQuery(query, type).setParameter("ids", ids).getResultList(), key);
  }

  /** The rotation's layers composed into its schedule, with everyone it may name. */
  Compiled compile(Rotation r) {
    List<RotationRole> roles = roles().getOrDefault(r.id, List.of());
    List<RosterPlan> plans = plans(versions().getOrDefault(r.id, List.of()));
    List<ScheduleOverride> overrides = overrides().getOrDefault(r.id, List.of());
    List<ShiftTrade> trades = trades().getOrDefault(r.id, List.of());
    List<ExplicitAssignment> explicit = explicit().getOrDefault(r.id, List.of());
    ShiftExpansion expansion = new ShiftExpansion(r.pattern());
    ScheduleComposer composer =
        new ScheduleComposer(
            expansion,
            roles.stream().map(RotationRole::spec).toList(),
            plans,
            skippedShifts(expansion, skips().getOrDefault(r.id, List.of())),
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
  private List<RosterPlan> plans(List<RosterVersion> versions) {
    return versions.stream()
        .map(
            v ->
                new RosterPlan(
                    v.fromIndex,
                    entriesByVersion().getOrDefault(v.id, List.of()).stream()
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

  private static void addIfPresent(Set<UUID> set, UUID id) {
    if (id != null) {
      set.add(id);
    }
  }
}
