package org.dutyboard.site.report;

import java.time.Duration;
import org.dutyboard.site.render.TimeFormat;

/**
 * The change of a weekly value against the week before, for people: "▲ 3 vs last week", "▼ 1 h 5
 * min vs last week", "same as last week", or "no comparison" when a week has no data. {@code
 * direction} ("up", "down" or empty) is what a screen reader says instead of the arrow. Pure.
 */
public record TrendDelta(String arrow, String direction, String change) {
  private static final String VS = " vs last week";

  /** The change of a count. */
  public static TrendDelta count(long delta) {
    return of(Long.signum(delta), Long.toString(Math.abs(delta)));
  }

  /** The change of a duration; either may be null (no data that week). */
  public static TrendDelta duration(Duration latest, Duration previous) {
    if (latest == null || previous == null) {
      return new TrendDelta("", "", "no comparison");
    }
    Duration delta = latest.minus(previous);
    return of(delta.isNegative() ? -1 : delta.isZero() ? 0 : 1, TimeFormat.duration(delta.abs()));
  }

  private static TrendDelta of(int sign, String amount) {
    return switch (sign) {
      case 1 -> new TrendDelta("▲", "up", amount + VS);
      case -1 -> new TrendDelta("▼", "down", amount + VS);
      default -> new TrendDelta("", "", "same as last week");
    };
  }

  /** As one line of text, e.g. "▲ 3 vs last week". */
  public String text() {
    return arrow.isEmpty() ? change : arrow + " " + change;
  }
}
