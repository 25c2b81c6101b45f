package org.dutyboard.summary.trend;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dutyboard.incident.Severity;
import org.dutyboard.incident.metrics.IncidentMetrics;
import org.dutyboard.incident.metrics.IncidentMetrics.Moments;
import org.dutyboard.incident.metrics.IncidentMetrics.Summary;
import org.dutyboard.incident.metrics.MetricMeasure;

/**
 * Incident series of a trend: declared and resolved per week and severity, and the time to resolve
 * (median and p90, as {@link IncidentMetrics} computes them) of the incidents resolved in each
 * week. Incidents the reader may not see only add to {@link Result#privateNotIncluded}. Pure.
 */
public final class IncidentTrends {
  private IncidentTrends() {}

  /** One incident the team took part in; {@code visible} to the trend's reader. */
  public record Row(
      Severity severity,
      Instant startedAt,
      Instant declaredAt,
      Instant resolvedAt,
      boolean visible) {}

  public record Result(
      List<SeverityTrendView> declared,
      List<SeverityTrendView> resolved,
      DurationTrendView timeToResolve,
      int privateNotIncluded) {}

  public static Result of(TrendWeeks weeks, List<Row> rows) {
    int n = weeks.size();
    Severity[] severities = Severity.values();
    int[][] declared = new int[severities.length][n];
    int[][] resolved = new int[severities.length][n];
    List<List<Moments>> resolvedMoments = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      resolvedMoments.add(new ArrayList<>());
    }
    int hidden = 0;
    for (Row row : rows) {
      int d = weeks.indexOf(row.declaredAt());
      int r = weeks.indexOf(row.resolvedAt());
      if (d < 0 && r < 0) {
        continue;
      }
      if (!row.visible()) {
        hidden++;
        continue;
      }
      if (d >= 0) {
        declared[row.severity().ordinal()][d]++;
      }
      if (r >= 0) {
        resolved[row.severity().ordinal()][r]++;
        resolvedMoments
            .get(r)
            .add(new Moments(row.startedAt(), null, null, null, row.resolvedAt()));
      }
    }
    List<SeverityTrendView> declaredSeries = new ArrayList<>();
    List<SeverityTrendView> resolvedSeries = new ArrayList<>();
    for (Severity s : severities) {
      declaredSeries.add(new SeverityTrendView(s, TrendSeriesView.of(declared[s.ordinal()])));
      resolvedSeries.add(new SeverityTrendView(s, TrendSeriesView.of(resolved[s.ordinal()])));
    }
    return new Result(declaredSeries, resolvedSeries, timeToResolve(resolvedMoments), hidden);
  }

  private static DurationTrendView timeToResolve(List<List<Moments>> perWeek) {
    List<Integer> median = new ArrayList<>();
    List<Integer> p90 = new ArrayList<>();
    List<Integer> withData = new ArrayList<>();
    for (List<Moments> week : perWeek) {
      Summary s = IncidentMetrics.summarize(MetricMeasure.TIME_TO_RESOLVE, week);
      median.add(seconds(s.median()));
      p90.add(seconds(s.p90()));
      withData.add(s.withData());
    }
    int n = median.size();
    Integer delta =
        n < 2 || median.get(n - 1) == null || median.get(n - 2) == null
            ? null
            : median.get(n - 1) - median.get(n - 2);
    return new DurationTrendView(
        java.util.Collections.unmodifiableList(median),
        java.util.Collections.unmodifiableList(p90),
        List.copyOf(withData),
        delta);
  }

  private static Integer seconds(Duration d) {
    return d == null ? null : (int) Math.min(Integer.MAX_VALUE, d.getSeconds());
  }
}
