package org.dutyboard.site.report;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dutyboard.site.render.TimeFormat;
import org.dutyboard.site.report.TrendViews.AxisLabel;
import org.dutyboard.site.report.TrendViews.ChartView;
import org.dutyboard.site.report.TrendViews.DeltaRow;
import org.dutyboard.site.report.TrendViews.LineView;
import org.dutyboard.site.report.TrendViews.LoadRow;
import org.dutyboard.site.report.TrendViews.PointView;
import org.dutyboard.site.report.TrendViews.TableRow;
import org.dutyboard.site.report.TrendViews.TableView;
import org.dutyboard.site.report.TrendViews.TickView;
import org.dutyboard.site.report.TrendViews.TrendsView;
import org.dutyboard.site.report.WeeklyTrends.SeveritySeries;

/**
 * Builds the report's trend section from {@link WeeklyTrends}: charts as static SVG geometry (no
 * script; colours from the stylesheet, so dark mode and print work) each with a title, a
 * description and a table of the same numbers. Pure.
 */
final class TrendSection {
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);
  private static final String NO_DATA = "no data";

  private final WeeklyTrends t;
  private final TimeFormat time;

  private TrendSection(WeeklyTrends trends, TimeFormat time) {
    this.t = trends;
    this.time = time;
  }

  static TrendsView of(WeeklyTrends trends, TimeFormat time) {
    return new TrendSection(trends, time).view();
  }

  /** A chart's series: label and one value per week (null: no data that week). */
  private record Series(String label, List<Double> values, Function<Double, String> cell) {}

  private TrendsView view() {
    int n = t.weeks().size();
    List<ChartView> charts =
        List.of(
            chart(
                "trend-pages",
                "Pages per week",
                List.of(counts("Pages", t.pages()), counts("Off hours", t.offHoursPages()))),
            chart(
                "trend-declared",
                "Incidents declared per week, by severity",
                bySeverity(t.declared())),
            chart(
                "trend-resolved",
                "Incidents resolved per week, by severity",
                bySeverity(t.resolved())),
            chart(
                "trend-resolve-time",
                "Time to resolve, in hours, of the incidents resolved each week",
                List.of(
                    hours("Median", t.resolveMedian()), hours("90th percentile", t.resolveP90()))),
            chart(
                "trend-followups",
                "Follow-ups per week",
                List.of(
                    counts("Created", t.followUpsCreated()),
                    counts("Completed", t.followUpsCompleted()),
                    counts("Overdue at the week's end", t.followUpsOverdue()))),
            chart(
                "trend-clinic",
                "Clinic requests handled and handoffs not acknowledged per week",
                List.of(
                    counts("Clinic requests handled", t.requestsHandled()),
                    counts("Handoffs not acknowledged", t.unacknowledgedHandoffs()))));
    int hidden = t.privateNotIncluded();
    return new TrendsView(
        n,
        time.day(t.weeks().get(0)),
        time.day(t.weeks().get(n - 1)),
        glance(),
        charts,
        hidden == 0
            ? null
            : hidden + " private incident" + (hidden == 1 ? " is" : "s are") + " not included.",
        t.load().stream()
            .map(
                l ->
                    new LoadRow(
                        l.person(),
                        hoursText(l.onDutyHours()),
                        hoursText(l.holidayHours()),
                        l.offHoursPages()))
            .toList());
  }

  private List<DeltaRow> glance() {
    List<DeltaRow> rows = new ArrayList<>();
    rows.add(countRow("Pages", t.pages()));
    rows.add(countRow("Off-hours pages", t.offHoursPages()));
    rows.add(countRow("Incidents declared", total(t.declared())));
    rows.add(countRow("Incidents resolved", total(t.resolved())));
    int n = t.weeks().size();
    Duration median = t.resolveMedian().get(n - 1);
    rows.add(
        new DeltaRow(
            "Time to resolve (median)",
            median == null ? NO_DATA : TimeFormat.duration(median),
            TrendDelta.duration(median, n < 2 ? null : t.resolveMedian().get(n - 2))));
    rows.add(countRow("Follow-ups created", t.followUpsCreated()));
    rows.add(countRow("Follow-ups completed", t.followUpsCompleted()));
    rows.add(countRow("Follow-ups overdue", t.followUpsOverdue()));
    rows.add(countRow("Clinic requests handled", t.requestsHandled()));
    rows.add(countRow("Handoffs not acknowledged", t.unacknowledgedHandoffs()));
    return rows;
  }

  private static DeltaRow countRow(String label, List<Integer> values) {
    int n = values.size();
    int latest = values.get(n - 1);
    return new DeltaRow(
        label, Integer.toString(latest), TrendDelta.count(n < 2 ? 0 : latest - values.get(n - 2)));
  }

  /** Every severity's counts added up per week. */
  private List<Integer> total(List<SeveritySeries> series) {
    int[] sum = new int[t.weeks().size()];
    series.forEach(
        s -> {
          for (int i = 0; i < sum.length; i++) {
            sum[i] += s.values().get(i);
          }
        });
    return java.util.stream.IntStream.of(sum).boxed().toList();
  }

  private static Series counts(String label, List<Integer> values) {
    return new Series(
        label,
        values.stream().map(Integer::doubleValue).toList(),
        v -> Long.toString(Math.round(v)));
  }

  private static List<Series> bySeverity(List<SeveritySeries> series) {
    return series.stream().map(s -> counts(s.severity(), s.values())).toList();
  }

  private static Series hours(String label, List<Duration> values) {
    List<Double> hours = new ArrayList<>();
    values.forEach(d -> hours.add(d == null ? null : d.getSeconds() / 3600.0));
    return new Series(
        label,
        java.util.Collections.unmodifiableList(hours),
        v -> TimeFormat.duration(Duration.ofSeconds(Math.round(v * 3600))));
  }

  private ChartView chart(String id, String title, List<Series> series) {
    int n = t.weeks().size();
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
        labels.add(
            new AxisLabel(ChartScale.coordinate(scale.x(i)), SHORT.format(t.weeks().get(i))));
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
    int n = t.weeks().size();
    StringBuilder d =
        new StringBuilder("Line chart: ")
            .append(title)
            .append(", ")
            .append(n)
            .append(n == 1 ? " week" : " weeks")
            .append(" to the meeting of ")
            .append(time.day(t.weeks().get(n - 1)))
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
    for (int i = 0; i < t.weeks().size(); i++) {
      int week = i;
      rows.add(
          new TableRow(
              time.day(t.weeks().get(i)),
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

  private static String hoursText(double hours) {
    return String.format(Locale.ROOT, "%.1f h", hours);
  }
}
