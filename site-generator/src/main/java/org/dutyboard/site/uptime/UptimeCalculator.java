package org.dutyboard.site.uptime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dutyboard.site.model.ComponentStatus;

/**
 * Daily uptime from status intervals.
 *
 * <p>Downtime weights: a major outage counts 100% as downtime, a partial outage 30%, degraded
 * performance and maintenance 0% (they are shown, but the service was up). Where intervals overlap
 * (several incidents), only the worst status counts at each instant, so nothing is counted twice.
 * Days are local days in the configured zone and have their real length (23 or 25 hours on DST
 * changes). Percentages have 2 decimals and are rounded down, so any downtime shows below 100.00.
 */
public final class UptimeCalculator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ZoneId zone;
  private final int days;

  public UptimeCalculator(ZoneId zone, int days) {
    this.zone = zone;
    this.days = days;
  }

  /** Downtime weight in tenths: 10 for a major outage, 3 for a partial outage, else 0. */
  static int weightTenths(ComponentStatus status) {
    return switch (status) {
      case MAJOR_OUTAGE -> 10;
      case PARTIAL_OUTAGE -> 3;
      default -> 0;
    };
  }

  /**
   * The uptime window ending on the local day of {@code now}.
   *
   * @param since time from which the component existed; earlier time has no data
   * @param intervals the component's intervals, in any order
   */
  public ComponentUptime compute(
      String componentId, Instant since, List<StatusInterval> intervals, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate first = today.minusDays(days - 1L);
    Instant windowStart = first.atStartOfDay(zone).toInstant();
    List<StatusInterval> relevant =
        intervals.stream()
            .filter(i -> i.end().isAfter(windowStart) && i.start().isBefore(now))
            .toList();
    List<DayUptime> result = new ArrayList<>(days);
    long measuredTotal = 0;
    long downTenthsTotal = 0;
    for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
      Instant from = max(day.atStartOfDay(zone).toInstant(), since);
      Instant to = min(day.plusDays(1).atStartOfDay(zone).toInstant(), now);
      DayUptime uptime = day(day, from, to, relevant);
      result.add(uptime);
      measuredTotal += uptime.measured().toMillis();
      downTenthsTotal += downTenths(uptime.disrupted());
    }
    return new ComponentUptime(componentId, result, percent(measuredTotal, downTenthsTotal));
  }

  private DayUptime day(LocalDate date, Instant from, Instant to, List<StatusInterval> intervals) {
    if (!to.isAfter(from)) {
      return new DayUptime(date, Duration.ZERO, Map.of(), null, ComponentStatus.OPERATIONAL);
    }
    Map<ComponentStatus, Duration> disrupted = sweep(from, to, intervals);
    ComponentStatus worst =
        disrupted.keySet().stream().reduce(ComponentStatus.OPERATIONAL, ComponentStatus::worst);
    long measured = Duration.between(from, to).toMillis();
    return new DayUptime(
        date,
        Duration.ofMillis(measured),
        disrupted,
        percent(measured, downTenths(disrupted)),
        worst);
  }

  /** Time per worst status inside [from, to), walking the boundaries of clipped intervals. */
  private static Map<ComponentStatus, Duration> sweep(
      Instant from, Instant to, List<StatusInterval> intervals) {
    List<StatusInterval> clipped = new ArrayList<>();
    TreeSet<Instant> boundaries = new TreeSet<>();
    for (StatusInterval i : intervals) {
      Instant start = max(i.start(), from);
      Instant end = min(i.end(), to);
      if (end.isAfter(start)) {
        clipped.add(new StatusInterval(start, end, i.status()));
        boundaries.add(start);
        boundaries.add(end);
      }
    }
    Map<ComponentStatus, Duration> disrupted = new EnumMap<>(ComponentStatus.class);
    Instant previous = null;
    for (Instant boundary : boundaries) {
      if (previous != null) {
        ComponentStatus worst = worstAt(previous, clipped);
        if (worst != ComponentStatus.OPERATIONAL) {
          disrupted.merge(worst, Duration.between(previous, boundary), Duration::plus);
        }
      }
      previous = boundary;
    }
    return disrupted;
  }

  private static ComponentStatus worstAt(Instant instant, List<StatusInterval> intervals) {
    ComponentStatus worst = ComponentStatus.OPERATIONAL;
    for (StatusInterval i : intervals) {
      if (!i.start().isAfter(instant) && i.end().isAfter(instant)) {
        worst = worst.worst(i.status());
      }
    }
    return worst;
  }

  private static long downTenths(Map<ComponentStatus, Duration> disrupted) {
    long total = 0;
    for (var entry : disrupted.entrySet()) {
      total += entry.getValue().toMillis() * weightTenths(entry.getKey());
    }
    return total;
  }

  private static BigDecimal percent(long measuredMillis, long downTenths) {
    if (measuredMillis == 0) {
      return null;
    }
    BigDecimal measuredTenths = BigDecimal.valueOf(measuredMillis * 10);
    return measuredTenths
        .subtract(BigDecimal.valueOf(downTenths))
        .multiply(HUNDRED)
        .divide(measuredTenths, 2, RoundingMode.DOWN);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
