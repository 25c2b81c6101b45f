package org.dutyboard.site.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dutyboard.site.render.TimeFormat;
import org.dutyboard.site.report.TrendChart.Series;
import org.dutyboard.site.report.TrendViews.ChartView;
import org.dutyboard.site.report.TrendViews.DeltaRow;
import org.dutyboard.site.report.TrendViews.LoadRow;
import org.dutyboard.site.report.TrendViews.TrendsView;
import org.dutyboard.site.report.WeeklyTrends.SeveritySeries;

/**
 * Builds the report's trend section from {@link WeeklyTrends}: the at-a-glance deltas, the load per
 * person and the charts' series (drawn by {@link TrendChart}). Pure.
 */
final class TrendSection {
  private final WeeklyTrends t;
  private final TimeFormat time;
  private final TrendChart charts;

  private TrendSection(WeeklyTrends trends, TimeFormat time) {
    this.t = trends;
    this.time = time;
    this.charts = new TrendChart(trends.weeks(), time);
  }

  static TrendsView of(WeeklyTrends trends, TimeFormat time) {
    return new TrendSection(trends, time).view();
  }

  private TrendsView view() {
    int n = t.weeks().size();
    List<ChartView> drawn =
        List.of(
            charts.chart(
                "trend-pages",
                "Pages per week",
                List.of(counts("Pages", t.pages()), counts("Off hours", t.offHoursPages()))),
            charts.chart(
                "trend-declared",
                "Incidents declared per week, by severity",
                bySeverity(t.declared())),
            charts.chart(
                "trend-resolved",
                "Incidents resolved per week, by severity",
                bySeverity(t.resolved())),
            charts.chart(
                "trend-resolve-time",
                "Time to resolve, in hours, of the incidents resolved each week",
                List.of(
                    hours("Median", t.resolveMedian()), hours("90th percentile", t.resolveP90()))),
            charts.chart(
                "trend-followups",
                "Follow-ups per week",
                List.of(
                    counts("Created", t.followUpsCreated()),
                    counts("Completed", t.followUpsCompleted()),
                    counts("Overdue at the week's end", t.followUpsOverdue()))),
            charts.chart(
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
        drawn,
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
            median == null ? TrendChart.NO_DATA : TimeFormat.duration(median),
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

  private static String hoursText(double hours) {
    return String.format(Locale.ROOT, "%.1f h", hours);
  }
}
