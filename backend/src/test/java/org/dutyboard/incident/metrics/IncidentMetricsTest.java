package org.dutyboard.incident.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dutyboard.incident.metrics.IncidentMetrics.Moments;
import org.junit.jupiter.api.Test;

class IncidentMetricsTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private static Moments incident(int detect, Integer ack, Integer mitigate, Integer resolve) {
    return new Moments(
        T0,
        T0.plusSeconds(60L * detect),
        ack == null ? null : T0.plusSeconds(60L * ack),
        mitigate == null ? null : T0.plusSeconds(60L * mitigate),
        resolve == null ? null : T0.plusSeconds(60L * resolve));
  }

  @Test
  void medianAndNearestRankP90OverTheIncidentsWithData() {
    List<Moments> incidents =
        List.of(
            incident(1, 2, 10, 20),
            incident(2, 4, 20, 40),
            incident(3, null, 30, null),
            incident(4, 5, null, 80),
            incident(10, 12, 100, 200));
    var detect = IncidentMetrics.summarize(MetricMeasure.TIME_TO_DETECT, incidents);
    assertThat(detect.withData()).isEqualTo(5);
    assertThat(detect.median()).isEqualTo(Duration.ofMinutes(3));
    assertThat(detect.p90()).isEqualTo(Duration.ofMinutes(10));

    var ack = IncidentMetrics.summarize(MetricMeasure.TIME_TO_ACKNOWLEDGE, incidents);
    assertThat(ack.withData()).isEqualTo(4); // one incident was never acknowledged
    assertThat(ack.median()).isEqualTo(Duration.ofSeconds(90)); // (1 + 2) / 2 minutes

    var resolve = IncidentMetrics.summarize(MetricMeasure.TIME_TO_RESOLVE, incidents);
    assertThat(resolve.withData()).isEqualTo(4);
    assertThat(resolve.median()).isEqualTo(Duration.ofMinutes(60));
    assertThat(resolve.p90()).isEqualTo(Duration.ofMinutes(200));
  }

  @Test
  void noDataMeansNoNumbersRatherThanZero() {
    var none =
        IncidentMetrics.summarize(
            MetricMeasure.TIME_TO_MITIGATE, List.of(new Moments(null, T0, null, T0, null)));
    assertThat(none.withData()).isZero();
    assertThat(none.median()).isNull();
    assertThat(none.p90()).isNull();
  }
}
