package org.dutyboard.site.report;

import java.util.Locale;

/**
 * Geometry of a trend chart: a fixed viewBox, weeks spread evenly left to right, values from 0 at
 * the bottom to a round maximum at the top. The maximum is the smallest of 2, 4, 6, 8, 10 times a
 * power of ten (at least 2) that holds the largest value, so the middle grid line is a whole
 * number. Coordinates are written with one decimal, so the same data gives the same bytes. Pure.
 */
public record ChartScale(double max, int weeks) {
  public static final int WIDTH = 640;
  public static final int HEIGHT = 200;
  static final int LEFT = 44;
  static final int RIGHT = 32;
  static final int TOP = 12;
  static final int BOTTOM = 28;

  public ChartScale {
    if (!(max > 0) || weeks < 1) {
      throw new IllegalArgumentException("a chart needs a positive maximum and a week");
    }
  }

  /** A scale holding {@code largest} (negative or no data counts as 0). */
  public static ChartScale holding(double largest, int weeks) {
    return new ChartScale(roundMax(largest), weeks);
  }

  /** The smallest m * 10^k, m in {1 (k > 0), 2, 4, 6, 8}, at least 2, holding {@code value}. */
  static double roundMax(double value) {
    if (!(value > 2)) {
      return 2;
    }
    double base = 1;
    while (base * 10 < value) {
      base *= 10;
    }
    for (int m : new int[] {2, 4, 6, 8, 10}) {
      if (m * base >= value) {
        return m * base;
      }
    }
    return 10 * base;
  }

  /** Horizontal position of week {@code index} (0 is the oldest). */
  public double x(int index) {
    double plot = WIDTH - LEFT - RIGHT;
    return weeks == 1 ? LEFT + plot / 2 : LEFT + index * plot / (weeks - 1);
  }

  /** Vertical position of {@code value}; 0 sits on the bottom axis, {@link #max} at the top. */
  public double y(double value) {
    double plot = HEIGHT - TOP - BOTTOM;
    double clamped = Math.max(0, Math.min(value, max));
    return TOP + plot * (1 - clamped / max);
  }

  /** The bottom axis line's y. */
  public double bottom() {
    return HEIGHT - BOTTOM;
  }

  /** A coordinate as written into the SVG, e.g. "44" or "101.3". */
  public static String coordinate(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    return rounded == Math.rint(rounded)
        ? Long.toString((long) rounded)
        : String.format(Locale.ROOT, "%.1f", rounded);
  }
}
