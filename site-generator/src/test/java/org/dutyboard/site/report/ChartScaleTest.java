package org.dutyboard.site.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The charts' geometry and the "vs last week" wording. */
class ChartScaleTest {

  @Test
  void theMaximumIsARoundNumberHoldingTheLargestValueWithAWholeMiddleLine() {
    assertThat(ChartScale.roundMax(0)).isEqualTo(2);
    assertThat(ChartScale.roundMax(1)).isEqualTo(2);
    assertThat(ChartScale.roundMax(3)).isEqualTo(4);
    assertThat(ChartScale.roundMax(6)).isEqualTo(6);
    assertThat(ChartScale.roundMax(9)).isEqualTo(10);
    assertThat(ChartScale.roundMax(10)).isEqualTo(10);
    assertThat(ChartScale.roundMax(11)).isEqualTo(20);
    assertThat(ChartScale.roundMax(45)).isEqualTo(60);
    assertThat(ChartScale.roundMax(0.4)).isEqualTo(2);
    assertThat(ChartScale.roundMax(801)).isEqualTo(1000);
  }

  @Test
  void zeroSitsOnTheAxisTheMaximumAtTheTopAndWeeksSpanTheWidth() {
    ChartScale s = ChartScale.holding(5, 12);
    assertThat(s.max()).isEqualTo(6);
    assertThat(s.y(0)).isEqualTo(s.bottom()).isEqualTo(ChartScale.HEIGHT - ChartScale.BOTTOM);
    assertThat(s.y(6)).isEqualTo(ChartScale.TOP);
    assertThat(s.y(3)).isEqualTo((s.y(0) + s.y(6)) / 2);
    assertThat(s.y(99)).as("clamped").isEqualTo(s.y(6));
    assertThat(s.x(0)).isEqualTo(ChartScale.LEFT);
    assertThat(s.x(11)).isEqualTo(ChartScale.WIDTH - ChartScale.RIGHT);
    assertThat(s.x(6) - s.x(5))
        .isCloseTo(s.x(1) - s.x(0), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(ChartScale.holding(1, 1).x(0))
        .as("one week: centred")
        .isEqualTo((ChartScale.LEFT + ChartScale.WIDTH - ChartScale.RIGHT) / 2.0);
    assertThatThrownBy(() -> new ChartScale(0, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void coordinatesAreWrittenWithAtMostOneDecimal() {
    assertThat(ChartScale.coordinate(44)).isEqualTo("44");
    assertThat(ChartScale.coordinate(96.727)).isEqualTo("96.7");
    assertThat(ChartScale.coordinate(118.66)).isEqualTo("118.7");
    assertThat(ChartScale.coordinate(12.04)).isEqualTo("12");
  }

  @Test
  void deltasSayUpDownOrSame() {
    assertThat(TrendDelta.count(3).text()).isEqualTo("▲ 3 vs last week");
    assertThat(TrendDelta.count(-2).text()).isEqualTo("▼ 2 vs last week");
    assertThat(TrendDelta.count(0).text()).isEqualTo("same as last week");
    assertThat(TrendDelta.count(-2).direction()).isEqualTo("down");
    assertThat(TrendDelta.duration(Duration.ofMinutes(90), Duration.ofMinutes(30)).text())
        .isEqualTo("▲ 1 h vs last week");
    assertThat(TrendDelta.duration(Duration.ofMinutes(30), Duration.ofMinutes(95)).text())
        .isEqualTo("▼ 1 h 5 min vs last week");
    assertThat(TrendDelta.duration(null, Duration.ofMinutes(30)).text()).isEqualTo("no comparison");
  }
}
