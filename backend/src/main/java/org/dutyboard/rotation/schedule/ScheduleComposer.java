package org.dutyboard.rotation.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.dutyboard.rotation.RoleAssignment.RoleSpec;
import org.dutyboard.rotation.SkipPolicy;
import org.dutyboard.rotation.change.OverrideKind;
import org.dutyboard.rotation.schedule.ShiftExpansion.Shift;

/**
 * Composes the effective schedule of a rotation from its layers, in this order (later wins):
 *
 * <ol>
 *   <li>skipped shifts have no one on duty; with {@link SkipPolicy#PAUSE} they do not use up a
 *       turn, so the person who would have held one holds the next shift instead;
 *   <li>explicit assignments (e.g. an imported schedule table) replace the roster rule for their
 *       shift and role;
 *   <li>the roster rule: role r of turn t is {@code roster[(anchor + t - anchorTurn + offset(r))
 *       mod size]} with the roster version in effect when the shift starts;
 *   <li>accepted trades swap the holders of two shifts (or one covers the other's);
 *   <li>overrides replace, remove or add a holder for any time range, splitting shifts.
 * </ol>
 *
 * Pure and deterministic: the database layer loads the layers, this class does the maths.
 */
public final class ScheduleComposer {
  /** A roster in effect from the shift with index {@code fromIndex} (see class comment). */
  public record RosterPlan(long fromIndex, List<UUID> people, int anchorPosition) {}

  public record Explicit(long shiftIndex, String role, UUID personId) {}

  public record Trade(
      UUID id, String role, long shiftA, UUID requester, Long shiftB, UUID counterpart) {}

  public record Override(
      UUID id, String role, Instant start, Instant end, OverrideKind kind, UUID personId) {}

  /** One person holding one role for part (or all) of a shift. */
  public record Holder(
      String role, UUID personId, ShiftSource source, Instant start, Instant end) {}

  public record ComposedShift(Shift shift, boolean skipped, List<Holder> holders) {
    public List<Holder> holdersAt(Instant at) {
      return holders.stream().filter(h -> !at.isBefore(h.start()) && at.isBefore(h.end())).toList();
    }
  }

  private final ShiftExpansion expansion;
  private final List<RoleSpec> roles;
  private final List<RosterPlan> rosters;
  private final TreeSet<Long> skipped;
  private final SkipPolicy skipPolicy;
  private final Map<Long, List<Explicit>> explicit;
  private final List<Trade> trades;
  private final List<Override> overrides;

  public ScheduleComposer(
      ShiftExpansion expansion,
      List<RoleSpec> roles,
      List<RosterPlan> rosters,
      TreeSet<Long> skipped,
      SkipPolicy skipPolicy,
      Map<Long, List<Explicit>> explicit,
      List<Trade> trades,
      List<Override> overrides) {
    this.expansion = expansion;
    this.roles = roles;
    this.rosters =
        rosters.stream().sorted(Comparator.comparingLong(RosterPlan::fromIndex)).toList();
    this.skipped = skipped;
    this.skipPolicy = skipPolicy;
    this.explicit = explicit;
    this.trades = trades;
    this.overrides = overrides;
  }

  public ShiftExpansion expansion() {
    return expansion;
  }

  /** The turn number of a shift: its index, less the skipped shifts before it when pausing. */
  long turn(long index) {
    if (skipPolicy == SkipPolicy.CONSUME) {
      return index;
    }
    return index - skipped.headSet(index, false).size();
  }

  public Optional<RosterPlan> rosterAt(long index) {
    RosterPlan found = null;
    for (RosterPlan v : rosters) {
      if (v.fromIndex() <= index) {
        found = v;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Where a new roster taking effect at shift {@code fromIndex} should start so the order carries
   * on: at the person the current roster would put first at that shift, or, if they leave, at the
   * next person after them (in the current order) who stays.
   */
  public int anchorFor(long fromIndex, List<UUID> newPeople) {
    Optional<RosterPlan> current = rosterAt(fromIndex).filter(v -> !v.people().isEmpty());
    if (current.isEmpty() || newPeople.isEmpty()) {
      return 0;
    }
    List<UUID> old = current.get().people();
    long steps = turn(fromIndex) - turn(current.get().fromIndex());
    int first = (int) Math.floorMod(current.get().anchorPosition() + steps, old.size());
    for (int i = 0; i < old.size(); i++) {
      int position = newPeople.indexOf(old.get((first + i) % old.size()));
      if (position >= 0) {
        return position;
      }
    }
    return 0;
  }

  /**
   * Who the roster rule (plus explicit assignments) puts on a role, before trades and overrides.
   */
  public Optional<UUID> planned(long index, RoleSpec role) {
    if (skipped.contains(index)) {
      return Optional.empty();
    }
    Optional<Explicit> pinned =
        explicit.getOrDefault(index, List.of()).stream()
            .filter(e -> e.role().equals(role.name()))
            .findFirst();
    if (pinned.isPresent()) {
      return Optional.of(pinned.get().personId());
    }
    return rosterAt(index)
        .filter(v -> !v.people().isEmpty())
        .map(
            v -> {
              long steps = turn(index) - turn(v.fromIndex());
              int position =
                  (int)
                      Math.floorMod(
                          v.anchorPosition() + steps + role.rosterOffset(), v.people().size());
              return v.people().get(position);
            });
  }

  private ShiftSource plannedSource(long index, RoleSpec role) {
    return explicit.getOrDefault(index, List.of()).stream()
            .anyMatch(e -> e.role().equals(role.name()))
        ? ShiftSource.EXPLICIT
        : ShiftSource.ROTATION;
  }

  /** The holder of a role for the whole shift after trades, before overrides. */
  public Optional<Holder> traded(Shift shift, RoleSpec role) {
    Optional<UUID> person = planned(shift.index(), role);
    if (person.isEmpty()) {
      return Optional.empty();
    }
    UUID holder = person.get();
    ShiftSource source = plannedSource(shift.index(), role);
    for (Trade t : trades) {
      if (!t.role().equals(role.name())) {
        continue;
      }
      if (t.shiftA() == shift.index() && holder.equals(t.requester())) {
        holder = t.counterpart();
        source = ShiftSource.TRADE;
      } else if (Objects.equals(t.shiftB(), shift.index()) && holder.equals(t.counterpart())) {
        holder = t.requester();
        source = ShiftSource.TRADE;
      }
    }
    return Optional.of(new Holder(role.name(), holder, source, shift.start(), shift.end()));
  }

  public ComposedShift compose(long index) {
    Shift shift = expansion.shift(index);
    List<Holder> holders = new ArrayList<>();
    for (RoleSpec role : roles) {
      Optional<Holder> base = traded(shift, role);
      holders.addAll(OverrideLayer.apply(shift, role.name(), base, overrides));
    }
    return new ComposedShift(shift, skipped.contains(index), holders);
  }

  /** Composed shifts overlapping {@code [from, to)}. */
  public List<ComposedShift> between(Instant from, Instant to) {
    return expansion.shiftsBetween(from, to).stream().map(s -> compose(s.index())).toList();
  }
}
