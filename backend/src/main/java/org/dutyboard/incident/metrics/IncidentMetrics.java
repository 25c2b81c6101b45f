package org.dutyboard.incident.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dutyboard.incident.Incident;

/**
 * Incident response times, as documented in docs/api.md#incident-metrics:
 *
 * <ul>
 *   <li>time to detect = detectedAt - startedAt
 *   <li>time to acknowledge = acknowledgedAt - detectedAt
 *   <li>time to mitigate = mitigatedAt - startedAt
 *   <li>time to resolve = resolvedAt - startedAt
 * </ul>
 *
 * A measure is absent for an incident missing either moment; nothing is guessed. Aggregates report
 * how many incidents had the data, the median (mean of the two middle values for an even count) and
 * the 90th percentile (nearest rank: the ceil(0.9 n)-th smallest value).
 */
public final class IncidentMetrics {
  private IncidentMetrics() {}

  /** The moments a measure is computed from. */
  public record Moments(
      Instant started,
      Instant detected,
      Instant acknowledged,
      Instant mitigated,
      Instant resolved) {
    public static Moments of(Incident i) {
      return new Moments(i.startedAt, i.detectedAt, i.acknowledgedAt, i.mitigatedAt, i.resolvedAt);
    }
  }

  public static Optional<Duration> measure(MetricMeasure measure, Moments m) {
    return switch (measure) {
      case TIME_TO_DETECT -> between(m.started(), m.detected());
      case TIME_TO_ACKNOWLEDGE -> between(m.detected(), m.acknowledged());
      case TIME_TO_MITIGATE -> between(m.started(), m.mitigated());
      case TIME_TO_RESOLVE -> between(m.started(), m.resolved());
    };
  }

  /** Aggregate of one measure over incidents: count with data, median, p90. */
  public record Summary(MetricMeasure measure, int withData, Duration median, Duration p90) {}

  public static Summary summarize(MetricMeasure measure, List<Moments> incidents) {
    List<Duration> values = new ArrayList<>();
    incidents.forEach(m -> measure(measure, m).ifPresent(values::add));
    values.sort(Duration::compareTo);
    int n = values.size();
    if (n == 0) {
      return new Summary(measure, 0, null, null);
    }
    Duration median =
        n % 2 == 1 ? values.get(n / 2) : values.get(n / 2 - 1).plus(values.get(n / 2)).dividedBy(2);
    Duration p90 = values.get((int) Math.ceil(0.9 * n) - 1);
    return new Summary(measure, n, median, p90);
  }

  private static Optional<Duration> between(Instant from, Instant to) {
    return from == null || to == null ? Optional.empty() : Optional.of(Duration.between(from, to));
  }
}
