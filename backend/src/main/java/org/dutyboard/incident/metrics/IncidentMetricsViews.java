package org.dutyboard.incident.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.dutyboard.incident.Incident;

/** Incidents -> metric views: one incident's durations, a period's summaries. */
public final class IncidentMetricsViews {
  private IncidentMetricsViews() {}

  /** Every measure over {@code visible}, the incidents of [from, to) the reader may see. */
  public static IncidentMetricsView metrics(
      Instant from, Instant to, List<Incident> visible, int privateNotShown) {
    return metricsOf(
        from, to, visible.stream().map(IncidentMetrics.Moments::of).toList(), privateNotShown);
  }

  /** As {@link #metrics}, from the visible incidents' moments (for reads without entities). */
  public static IncidentMetricsView metricsOf(
      Instant from, Instant to, List<IncidentMetrics.Moments> moments, int privateNotShown) {
    List<MetricSummaryView> measures =
        Arrays.stream(MetricMeasure.values())
            .map(m -> summary(IncidentMetrics.summarize(m, moments)))
            .toList();
    return new IncidentMetricsView(from, to, moments.size(), privateNotShown, measures);
  }

  public static IncidentDurationsView durations(Incident incident) {
    IncidentMetrics.Moments m = IncidentMetrics.Moments.of(incident);
    return new IncidentDurationsView(
        seconds(IncidentMetrics.measure(MetricMeasure.TIME_TO_DETECT, m).orElse(null)),
        seconds(IncidentMetrics.measure(MetricMeasure.TIME_TO_ACKNOWLEDGE, m).orElse(null)),
        seconds(IncidentMetrics.measure(MetricMeasure.TIME_TO_MITIGATE, m).orElse(null)),
        seconds(IncidentMetrics.measure(MetricMeasure.TIME_TO_RESOLVE, m).orElse(null)));
  }

  private static MetricSummaryView summary(IncidentMetrics.Summary s) {
    return new MetricSummaryView(s.measure(), s.withData(), seconds(s.median()), seconds(s.p90()));
  }

  private static Integer seconds(Duration d) {
    return d == null ? null : Math.toIntExact(d.toSeconds());
  }
}
