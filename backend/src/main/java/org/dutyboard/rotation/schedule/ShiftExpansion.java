package org.dutyboard.rotation.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@link ShiftPattern} into concrete shifts.
 *
 * <p>DST contract: shift {@code n} starts at the handoff local time on the local date {@code
 * firstHandoffDate + n * lengthDays}, resolved with {@link ZonedDateTime#of}: a handoff that falls
 * into a DST gap starts later by the length of the gap (02:30 on a spring-forward night becomes
 * 03:30), and one that falls into an overlap starts at the earlier of the two instants. A shift
 * therefore lasts exactly as long as the wall clock says, e.g. 167 hours in a spring-forward week.
 */
public final class ShiftExpansion {
  private final ShiftPattern pattern;

  public ShiftExpansion(ShiftPattern pattern) {
    this.pattern = pattern;
  }

  /** A shift's position in the rotation (0 = the first shift) and its half-open interval. */
  public record Shift(long index, Instant start, Instant end) {
    public boolean contains(Instant at) {
      return !at.isBefore(start) && at.isBefore(end);
    }
  }

  public Instant startOf(long index) {
    LocalDate date = pattern.firstHandoffDate().plusDays(index * pattern.lengthDays());
    return ZonedDateTime.of(date, pattern.handoffTime(), pattern.zone()).toInstant();
  }

  public Shift shift(long index) {
    return new Shift(index, startOf(index), startOf(index + 1));
  }

  /** The shift running at {@code at}; empty before the rotation's first handoff. */
  public Optional<Shift> shiftAt(Instant at) {
    if (at.isBefore(startOf(0))) {
      return Optional.empty();
    }
    LocalDate localDate = at.atZone(pattern.zone()).toLocalDate();
    long index =
        Math.floorDiv(
            ChronoUnit.DAYS.between(pattern.firstHandoffDate(), localDate), pattern.lengthDays());
    // The local date can sit one shift off around the handoff time itself; step to the right one.
    while (index > 0 && at.isBefore(startOf(index))) {
      index--;
    }
    while (!at.isBefore(startOf(index + 1))) {
      index++;
    }
    return Optional.of(shift(index));
  }

  /** Shifts whose start lies in {@code [from, to)}: the shifts a skipped period covers. */
  public List<Shift> shiftsStartingBetween(Instant from, Instant to) {
    return shiftsBetween(from, to).stream().filter(s -> !s.start().isBefore(from)).toList();
  }

  /** All shifts overlapping the half-open range {@code [from, to)}, in order. */
  public List<Shift> shiftsBetween(Instant from, Instant to) {
    List<Shift> shifts = new ArrayList<>();
    if (!from.isBefore(to)) {
      return shifts;
    }
    long index = shiftAt(from).map(Shift::index).orElse(0L);
    for (Shift s = shift(index); s.start().isBefore(to); s = shift(++index)) {
      if (s.end().isAfter(from)) {
        shifts.add(s);
      }
    }
    return shifts;
  }
}
