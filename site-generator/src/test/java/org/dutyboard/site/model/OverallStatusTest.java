package org.dutyboard.site.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.site.model.ComponentStatus.DEGRADED_PERFORMANCE;
import static org.dutyboard.site.model.ComponentStatus.MAJOR_OUTAGE;
import static org.dutyboard.site.model.ComponentStatus.OPERATIONAL;
import static org.dutyboard.site.model.ComponentStatus.PARTIAL_OUTAGE;
import static org.dutyboard.site.model.ComponentStatus.UNDER_MAINTENANCE;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverallStatusTest {

  @Test
  void allOperationalOrNoComponents() {
    assertThat(OverallStatus.of(List.of())).isEqualTo(OverallStatus.OPERATIONAL);
    assertThat(OverallStatus.of(List.of(OPERATIONAL, OPERATIONAL)))
        .satisfies(
            s -> {
              assertThat(s.description()).isEqualTo("All systems operational");
              assertThat(s.indicator()).isEqualTo("none");
            });
  }

  @Test
  void anyMajorOutageWinsOverEverything() {
    OverallStatus status =
        OverallStatus.of(
            List.of(UNDER_MAINTENANCE, DEGRADED_PERFORMANCE, PARTIAL_OUTAGE, MAJOR_OUTAGE));
    assertThat(status.description()).isEqualTo("Major outage");
    assertThat(status.indicator()).isEqualTo("critical");
  }

  @Test
  void partialOutageWinsOverDegradedAndMaintenance() {
    OverallStatus status =
        OverallStatus.of(List.of(UNDER_MAINTENANCE, PARTIAL_OUTAGE, DEGRADED_PERFORMANCE));
    assertThat(status.description()).isEqualTo("Partial outage");
    assertThat(status.indicator()).isEqualTo("major");
  }

  @Test
  void degradedWinsOverMaintenance() {
    OverallStatus status = OverallStatus.of(List.of(UNDER_MAINTENANCE, DEGRADED_PERFORMANCE));
    assertThat(status.description()).isEqualTo("Degraded performance");
    assertThat(status.indicator()).isEqualTo("minor");
  }

  @Test
  void maintenanceAlone() {
    OverallStatus status = OverallStatus.of(List.of(OPERATIONAL, UNDER_MAINTENANCE));
    assertThat(status.description()).isEqualTo("Under maintenance");
    assertThat(status.indicator()).isEqualTo("maintenance");
  }
}
