package org.dutyboard.site.report;

import java.util.List;

/** What the report's trend templates read (public records, read by reflection). */
public final class TrendViews {
  private TrendViews() {}

  /** The trend section: the newest week against the week before, the charts, and the load table. */
  public record TrendsView(
      int weekCount,
      String firstWeek,
      String lastWeek,
      List<DeltaRow> glance,
      List<ChartView> charts,
      String privateNotIncluded,
      List<LoadRow> load) {}

  /** A value of the newest week and its change, e.g. "Pages", "4", ▲ "3 vs last week". */
  public record DeltaRow(String label, String value, TrendDelta delta) {}

  /**
   * One line chart with its text alternative ({@code title}, {@code desc}) and the same numbers as
   * a table. Geometry comes from {@link ChartScale}.
   */
  public record ChartView(
      String id,
      String title,
      String desc,
      int width,
      int height,
      String left,
      String right,
      String bottom,
      String tickX,
      String labelY,
      List<TickView> ticks,
      List<AxisLabel> weeks,
      List<LineView> lines,
      TableView table) {}

  /** A horizontal grid line at {@code y} labelled with its value. */
  public record TickView(String y, String label) {}

  /** A week's label under the chart at {@code x}. */
  public record AxisLabel(String x, String label) {}

  /**
   * One series: {@code segments} are polyline point lists (a week without data breaks the line),
   * {@code points} its markers; {@code style} is s0..s3 (colour, dashes and marker differ).
   */
  public record LineView(
      String label, String style, List<String> segments, List<PointView> points) {}

  public record PointView(String x, String y) {}

  /** The chart's numbers: one row per week, one column per series. */
  public record TableView(String caption, List<String> columns, List<TableRow> rows) {}

  public record TableRow(String week, List<String> cells) {}

  public record LoadRow(String person, String onDuty, String holiday, int offHoursPages) {}
}
