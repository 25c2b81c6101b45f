package org.dutyboard.site.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.site.fixtures.IncidentBuilder.anIncident;
import static org.dutyboard.site.model.ComponentStatus.DEGRADED_PERFORMANCE;
import static org.dutyboard.site.model.ComponentStatus.MAJOR_OUTAGE;
import static org.dutyboard.site.model.ComponentStatus.OPERATIONAL;
import static org.dutyboard.site.model.ComponentStatus.PARTIAL_OUTAGE;
import static org.dutyboard.site.model.IncidentStatus.IDENTIFIED;
import static org.dutyboard.site.model.IncidentStatus.INVESTIGATING;
import static org.dutyboard.site.model.IncidentStatus.MONITORING;
import static org.dutyboard.site.model.IncidentStatus.RESOLVED;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentTimelinesTest {

  private static final Instant NOW = Instant.parse("2024-03-10T20:00:00Z");

  @Test
  void eachUpdateHoldsUntilTheNextOneNamingTheComponent() {
    var incident =
        anIncident("1")
            .update("2024-03-10T10:00:00Z", INVESTIGATING, "down", "api", MAJOR_OUTAGE)
            .update("2024-03-10T11:00:00Z", IDENTIFIED, "found it", "web", DEGRADED_PERFORMANCE)
            .update("2024-03-10T12:00:00Z", MONITORING, "better", "api", PARTIAL_OUTAGE)
            .update("2024-03-10T13:00:00Z", RESOLVED, "fixed", "api", OPERATIONAL)
            .build();

    var timelines = ComponentTimelines.from(List.of(incident), NOW);

    assertThat(timelines.get("api"))
        .containsExactly(
            interval("10:00", "12:00", MAJOR_OUTAGE), interval("12:00", "13:00", PARTIAL_OUTAGE));
    // Not named again: the disruption ends with the incident.
    assertThat(timelines.get("web"))
        .containsExactly(interval("11:00", "13:00", DEGRADED_PERFORMANCE));
  }

  @Test
  void theFirstUpdateIsBackdatedToTheIncidentStart() {
    var incident =
        anIncident("1")
            .startedAt("2024-03-10T09:30:00Z")
            .update("2024-03-10T10:00:00Z", INVESTIGATING, "down", "api", MAJOR_OUTAGE)
            .update("2024-03-10T11:00:00Z", RESOLVED, "fixed")
            .build();

    assertThat(ComponentTimelines.from(List.of(incident), NOW).get("api"))
        .containsExactly(interval("09:30", "11:00", MAJOR_OUTAGE));
  }

  @Test
  void anActiveIncidentLastsUntilNowAndNothingCountsAfterNow() {
    var incident =
        anIncident("1")
            .update("2024-03-10T19:00:00Z", INVESTIGATING, "down", "api", MAJOR_OUTAGE)
            .update("2024-03-10T21:00:00Z", IDENTIFIED, "later", "api", PARTIAL_OUTAGE)
            .build();

    assertThat(ComponentTimelines.from(List.of(incident), NOW).get("api"))
        .containsExactly(interval("19:00", "20:00", MAJOR_OUTAGE));
  }

  @Test
  void updatesAfterResolutionDoNotReopenTheDisruption() {
    var incident =
        anIncident("1")
            .update("2024-03-10T10:00:00Z", INVESTIGATING, "down", "api", MAJOR_OUTAGE)
            .update("2024-03-10T11:00:00Z", RESOLVED, "fixed")
            .update("2024-03-10T15:00:00Z", RESOLVED, "postmortem note", "api", MAJOR_OUTAGE)
            .build();

    assertThat(ComponentTimelines.from(List.of(incident), NOW).get("api"))
        .containsExactly(interval("10:00", "11:00", MAJOR_OUTAGE));
  }

  private static StatusInterval interval(
      String from, String to, org.dutyboard.site.model.ComponentStatus status) {
    return new StatusInterval(
        Instant.parse("2024-03-10T" + from + ":00Z"),
        Instant.parse("2024-03-10T" + to + ":00Z"),
        status);
  }
}
