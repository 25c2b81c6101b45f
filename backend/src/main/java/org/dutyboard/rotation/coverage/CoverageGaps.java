package org.dutyboard.rotation.coverage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dutyboard.rotation.schedule.ScheduleComposer.ComposedShift;
import org.dutyboard.rotation.schedule.ScheduleComposer.Holder;

/**
 * Where a role has nobody on duty: the parts of {@code [from, to)} covered by the rotation's shifts
 * in which no one holds it, because the shift is skipped, an override removed the holder, or the
 * roster is empty. Time before the rotation's first shift is not a gap (it has not started).
 * Touching gaps of one role and reason are joined. Pure.
 */
public final class CoverageGaps {
  private CoverageGaps() {}

  /** Why nobody holds the role. */
  public enum Reason {
    /** The shift is skipped. */
    SKIPPED,
    /** The shift runs but nobody holds the role: empty roster, or an override removed them. */
    UNFILLED
  }

  /** One uncovered interval of one role. */
  public record Gap(String role, Instant start, Instant end, Reason reason) {}

  /** Gaps per role (in {@code roles} order), each role's in time order. */
  public static List<Gap> find(
      List<String> roles, List<ComposedShift> shifts, Instant from, Instant to) {
    List<Gap> gaps = new ArrayList<>();
    for (String role : roles) {
      List<Gap> forRole = new ArrayList<>();
      for (ComposedShift shift : shifts) {
        Instant start = later(shift.shift().start(), from);
        Instant end = earlier(shift.shift().end(), to);
        if (!start.isBefore(end)) {
          continue;
        }
        if (shift.skipped()) {
          add(forRole, new Gap(role, start, end, Reason.SKIPPED));
          continue;
        }
        List<Holder> holders =
            shift.holders().stream()
                .filter(h -> h.role().equals(role))
                .sorted(Comparator.comparing(Holder::start))
                .toList();
        Instant cursor = start;
        for (Holder h : holders) {
          if (h.start().isAfter(cursor)) {
            add(forRole, new Gap(role, cursor, earlier(h.start(), end), Reason.UNFILLED));
          }
          cursor = later(cursor, h.end());
          if (!cursor.isBefore(end)) {
            break;
          }
        }
        if (cursor.isBefore(end)) {
          add(forRole, new Gap(role, cursor, end, Reason.UNFILLED));
        }
      }
      gaps.addAll(forRole);
    }
    return gaps;
  }

  /** Appends, joining with the previous gap when they touch and share the reason. */
  private static void add(List<Gap> gaps, Gap gap) {
    if (!gap.start().isBefore(gap.end())) {
      return;
    }
    if (!gaps.isEmpty()) {
      Gap last = gaps.get(gaps.size() - 1);
      if (last.end().equals(gap.start()) && last.reason() == gap.reason()) {
        gaps.set(gaps.size() - 1, new Gap(gap.role(), last.start(), gap.end(), gap.reason()));
        return;
      }
    }
    gaps.add(gap);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
