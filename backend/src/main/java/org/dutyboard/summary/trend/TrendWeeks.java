package org.dutyboard.summary.trend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.dutyboard.summary.meeting.MeetingWeek;

/**
 * The meeting weeks a trend covers, oldest first, ending with a given week. Weeks come from the
 * team's meeting rule, so a week spanning a DST change is 167 or 169 hours and the boundaries
 * follow the meeting's local time. Counting puts each instant into the week holding it; weeks
 * without any instant count zero (a trend has no gaps). Pure.
 */
public record TrendWeeks(List<MeetingWeek.Week> weeks) {

  public TrendWeeks {
    if (weeks.isEmpty()) {
      throw new IllegalArgumentException("a trend needs at least one week");
    }
    weeks = List.copyOf(weeks);
  }

  /** {@code count} weeks of {@code rule}, the last of them {@code last}. */
  public static TrendWeeks ending(MeetingWeek rule, MeetingWeek.Week last, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    List<MeetingWeek.Week> weeks = new ArrayList<>(count);
    MeetingWeek.Week week = last;
    weeks.add(week);
    while (weeks.size() < count) {
      // The week before starts at the meeting before this week's start.
      week = rule.containing(week.start().minusNanos(1));
      weeks.add(week);
    }
    Collections.reverse(weeks);
    return new TrendWeeks(weeks);
  }

  public int size() {
    return weeks.size();
  }

  /** Start of the oldest week (inclusive). */
  public Instant from() {
    return weeks.get(0).start();
  }

  /** End of the newest week (exclusive). */
  public Instant to() {
    return weeks.get(weeks.size() - 1).end();
  }

  public MeetingWeek.Week get(int index) {
    return weeks.get(index);
  }

  /** The index of the week holding {@code at}, or -1 when it lies outside every week. */
  public int indexOf(Instant at) {
    if (at == null || at.isBefore(from()) || !at.isBefore(to())) {
      return -1;
    }
    int low = 0;
    int high = weeks.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (weeks.get(mid).start().isAfter(at)) {
        high = mid - 1;
      } else {
        low = mid;
      }
    }
    return low;
  }

  /** How many of {@code instants} fall into each week; null and outside instants are ignored. */
  public int[] count(Collection<Instant> instants) {
    int[] counts = new int[weeks.size()];
    for (Instant at : instants) {
      int i = indexOf(at);
      if (i >= 0) {
        counts[i]++;
      }
    }
    return counts;
  }
}
