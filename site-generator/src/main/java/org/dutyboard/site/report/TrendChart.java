package org.dutyboard.site.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dutyboard.site.render.TimeFormat;
import org.dutyboard.site.report.TrendViews.AxisLabel;
import org.dutyboard.site.report.TrendViews.ChartView;
import org.dutyboard.site.report.TrendViews.LineView;
import org.dutyboard.site.report.TrendViews.PointView;
import org.dutyboard.site.report.TrendViews.TableRow;
import org.dutyboard.site.report.TrendViews.TableView;
import org.dutyboard.site.report.TrendViews.TickView;

/**
 * Draws one trend chart over the report's weeks as static SVG geometry (no script; colours from the
 * stylesheet, so dark mode and print work), with a title, a text description and a table of the
 * same numbers. Pure.
 */
final class TrendChart {
  static final String NO_DATA = "no data";
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);

  /** A chart's series: label and one value per week (null: no data that week). */
  record Series(String label, List<Double> values, Function<Double, String> cell) {}

  private final List<LocalDate> weeks;
  private final TimeFormat time;

  TrendChart(List<LocalDate> weeks, TimeFormat time) {
    this.weeks = weeks;
    this.time = time;
  }

  /** The chart {@code id}: axes, one line per series, its description and table. */
  ChartView chart(String id, String title, List<Series> series) {
    int n = weeks.size();
    double largest =
        series.stream()
            .flatMap(s -> s.values().stream())
            .filter(v -> v != null)
            .mapToDouble(Double::doubleValue)
            .max()
            .orElse(0);
    ChartScale scale = ChartScale.holding(largest, n);
    List<TickView> ticks = new ArrayList<>();
    for (double v : new double[] {0, scale.max() / 2, scale.max()}) {
      ticks.add(new TickView(ChartScale.coordinate(scale.y(v)), ChartScale.coordinate(v)));
    }
    List<AxisLabel> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // Every other week from the newest keeps the labels apart at 12 weeks and more.
      if ((n - 1 - i) % (n > 8 ? 2 : 1) == 0) {
        labels.add(new AxisLabel(ChartScale.coordinate(scale.x(i)), SHORT.format(weeks.get(i))));
      }
    }
    List<LineView> lines = new ArrayList<>();
    for (int s = 0; s < series.size(); s++) {
      lines.add(line(series.get(s), "s" + s, scale));
    }
    return new ChartView(
        id,
        title,
        description(title, series),
        ChartScale.WIDTH,
        ChartScale.HEIGHT,
        ChartScale.coordinate(scale.x(0)),
        ChartScale.coordinate(scale.x(n - 1)),
        ChartScale.coordinate(scale.bottom()),
        ChartScale.coordinate(scale.x(0) - 6),
        ChartScale.coordinate(scale.bottom() + 18),
        ticks,
        labels,
        lines,
        table(title, series));
  }

  private static LineView line(Series series, String style, ChartScale scale) {
    List<String> segments = new ArrayList<>();
    List<PointView> points = new ArrayList<>();
    StringBuilder segment = new StringBuilder();
    for (int i = 0; i < series.values().size(); i++) {
      Double v = series.values().get(i);
      if (v == null) {
        flush(segment, segments);
        continue;
      }
      String x = ChartScale.coordinate(scale.x(i));
      String y = ChartScale.coordinate(scale.y(v));
      segment.append(segment.isEmpty() ? "" : " ").append(x).append(',').append(y);
      points.add(new PointView(x, y));
    }
    flush(segment, segments);
    return new LineView(series.label(), style, segments, points);
  }

  private static void flush(StringBuilder segment, List<String> segments) {
    if (!segment.isEmpty()) {
      segments.add(segment.toString());
      segment.setLength(0);
    }
  }

  /** The text alternative: what is drawn and the newest week's values; the table has the rest. */
  private String description(String title, List<Series> series) {
    int n = weeks.size();
    StringBuilder d =
        new StringBuilder("Line chart: ")
            .append(title)
            .append(", ")
            .append(n)
            .append(n == 1 ? " week" : " weeks")
            .append(" to the meeting of ")
            .append(time.day(weeks.get(n - 1)))
            .append(". Newest week: ");
    for (int s = 0; s < series.size(); s++) {
      Double v = series.get(s).values().get(n - 1);
      d.append(s == 0 ? "" : "; ")
          .append(series.get(s).label())
          .append(' ')
          .append(v == null ? NO_DATA : series.get(s).cell().apply(v));
    }
    return d.append(". The table below lists every week.").toString();
  }

  private TableView table(String title, List<Series> series) {
    List<TableRow> rows = new ArrayList<>();
    for (int i = 0; i < weeks.size(); i++) {
      int week = i;
      rows.add(
          new TableRow(
              time.day(weeks.get(i)),
              series.stream()
                  .map(
                      s -> {
                        Double v = s.values().get(week);
                        return v == null ? NO_DATA : s.cell().apply(v);
                      })
                  .toList()));
    }
    return new TableView(title, series.stream().map(Series::label).toList(), rows);
  }
}
