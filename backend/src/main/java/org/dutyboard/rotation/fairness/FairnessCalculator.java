package org.dutyboard.rotation.fairness;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dutyboard.rotation.RoleAssignment.RoleSpec;
import org.dutyboard.rotation.schedule.ScheduleComposer;
import org.dutyboard.rotation.schedule.ScheduleComposer.ComposedShift;
import org.dutyboard.rotation.schedule.ScheduleComposer.Holder;
import org.dutyboard.rotation.schedule.ShiftSource;

/**
 * How duty was spread over people in a range: per person the pieces held, the time on duty, the
 * part of it on weekends (Saturday and Sunday in the rotation's zone) and on holidays (counted
 * separately: a holiday on a Saturday counts in both), and the overrides and trades taken and
 * given.
 *
 * <p>Rules: only the part of a piece inside {@code [from, to)} counts. Days are local calendar
 * days, so a spring-forward Sunday has 23 hours and an autumn one 25. A piece with source OVERRIDE
 * or TRADE is <em>taken</em> by its holder; it is <em>given</em> by whoever would have held the
 * role without it (for a trade, the person the plan had; for an override, the holder after trades),
 * unless that person still holds the role at the same time (an override that adds a second holder).
 * Takes and gives count once per shift, role and kind, however many pieces an override cut the
 * shift into. Removals without a replacement are coverage gaps, not gifts. Pure.
 */
public final class FairnessCalculator {
  private final ZoneId zone;
  private final Set<LocalDate> holidays;

  public FairnessCalculator(ZoneId zone, Set<LocalDate> holidays) {
    this.zone = zone;
    this.holidays = Set.copyOf(holidays);
  }

  /** One person's share of the duty in the range. */
  public record Tally(
      UUID personId,
      int shifts,
      Duration onDuty,
      Duration weekend,
      Duration holiday,
      int overridesTaken,
      int overridesGiven,
      int tradesTaken,
      int tradesGiven) {

    static Tally empty(UUID personId) {
      return new Tally(personId, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0, 0, 0, 0);
    }

    Tally hold(Duration time, Duration weekendTime, Duration holidayTime) {
      return new Tally(
          personId,
          shifts + 1,
          onDuty.plus(time),
          weekend.plus(weekendTime),
          holiday.plus(holidayTime),
          overridesTaken,
          overridesGiven,
          tradesTaken,
          tradesGiven);
    }

    Tally take(ShiftSource source) {
      return new Tally(
          personId,
          shifts,
          onDuty,
          weekend,
          holiday,
          overridesTaken + (source == ShiftSource.OVERRIDE ? 1 : 0),
          overridesGiven,
          tradesTaken + (source == ShiftSource.TRADE ? 1 : 0),
          tradesGiven);
    }

    Tally give(ShiftSource source) {
      return new Tally(
          personId,
          shifts,
          onDuty,
          weekend,
          holiday,
          overridesTaken,
          overridesGiven + (source == ShiftSource.OVERRIDE ? 1 : 0),
          tradesTaken,
          tradesGiven + (source == ShiftSource.TRADE ? 1 : 0));
    }
  }

  /**
   * Tallies the shifts of {@code composer} overlapping {@code [from, to)}. {@code everyone} (e.g.
   * the roster) get a tally even when they held nothing; others appear once they hold or give a
   * piece. Ordered as {@code everyone}, then by first appearance.
   */
  public List<Tally> tally(
      ScheduleComposer composer,
      List<RoleSpec> roles,
      Instant from,
      Instant to,
      Collection<UUID> everyone) {
    Map<UUID, Tally> tallies = new LinkedHashMap<>();
    everyone.forEach(id -> tallies.put(id, Tally.empty(id)));
    for (ComposedShift shift : composer.between(from, to)) {
      Set<String> counted = new HashSet<>();
      for (Holder h : shift.holders()) {
        Instant start = later(h.start(), from);
        Instant end = earlier(h.end(), to);
        if (!start.isBefore(end)) {
          continue;
        }
        Duration time = Duration.between(start, end);
        Duration weekendTime = overlap(start, end, true);
        Duration holidayTime = overlap(start, end, false);
        UUID holder = h.personId();
        tallies.put(
            holder,
            tallies.computeIfAbsent(holder, Tally::empty).hold(time, weekendTime, holidayTime));
        if (counted.add("take/" + h.role() + "/" + holder + "/" + h.source())) {
          tallies.put(holder, tallies.get(holder).take(h.source()));
        }
        giver(composer, roles, shift, h)
            .filter(giver -> counted.add("give/" + h.role() + "/" + giver + "/" + h.source()))
            .ifPresent(
                giver ->
                    tallies.put(
                        giver, tallies.computeIfAbsent(giver, Tally::empty).give(h.source())));
      }
    }
    return List.copyOf(tallies.values());
  }

  /** Who would have held {@code h}'s role without the trade or override that gave it to h. */
  private static Optional<UUID> giver(
      ScheduleComposer composer, List<RoleSpec> roles, ComposedShift shift, Holder h) {
    if (h.source() != ShiftSource.TRADE && h.source() != ShiftSource.OVERRIDE) {
      return Optional.empty();
    }
    Optional<RoleSpec> role = roles.stream().filter(r -> r.name().equals(h.role())).findFirst();
    if (role.isEmpty()) {
      return Optional.empty();
    }
    Optional<UUID> before =
        h.source() == ShiftSource.TRADE
            ? composer.planned(shift.shift().index(), role.get())
            : composer.traded(shift.shift(), role.get()).map(Holder::personId);
    return before
        .filter(p -> !p.equals(h.personId()))
        .filter(
            p ->
                shift.holders().stream()
                    .noneMatch(
                        o ->
                            o.role().equals(h.role())
                                && o.personId().equals(p)
                                && o.start().isBefore(h.end())
                                && o.end().isAfter(h.start())));
  }

  /** Time of {@code [start, end)} on weekend days (or, with {@code weekend} false, holidays). */
  private Duration overlap(Instant start, Instant end, boolean weekend) {
    Duration total = Duration.ZERO;
    for (LocalDate day = start.atZone(zone).toLocalDate(); ; day = day.plusDays(1)) {
      Instant dayStart = day.atStartOfDay(zone).toInstant();
      if (!dayStart.isBefore(end)) {
        return total;
      }
      boolean counts = weekend ? isWeekend(day) : holidays.contains(day);
      if (counts) {
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant a = later(start, dayStart);
        Instant b = earlier(end, dayEnd);
        if (a.isBefore(b)) {
          total = total.plus(Duration.between(a, b));
        }
      }
    }
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
