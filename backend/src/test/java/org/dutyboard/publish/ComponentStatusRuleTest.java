package org.dutyboard.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dutyboard.site.model.AffectedComponent;
import org.dutyboard.site.model.ComponentStatus;
import org.dutyboard.site.model.IncidentImpact;
import org.dutyboard.site.model.IncidentStatus;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.PublicUpdate;
import org.junit.jupiter.api.Test;

class ComponentStatusRuleTest {
  private static final Instant T = Instant.parse("2026-11-25T08:00:00Z");

  @Test
  void latestUpdateNamingAComponentWinsWithinAnIncident() {
    PublicIncident incident =
        incident(
            "a",
            null,
            update("u1", 0, "wikis", ComponentStatus.MAJOR_OUTAGE),
            update("u2", 10, "wikis", ComponentStatus.DEGRADED_PERFORMANCE),
            update("u3", 20, "login", ComponentStatus.PARTIAL_OUTAGE));

    assertThat(ComponentStatusRule.current(List.of(incident)))
        .containsEntry("wikis", ComponentStatus.DEGRADED_PERFORMANCE)
        .containsEntry("login", ComponentStatus.PARTIAL_OUTAGE)
        .hasSize(2);
  }

  @Test
  void worstOpenIncidentWinsAndResolvedIncidentsDoNotCount() {
    PublicIncident minor =
        incident("a", null, update("u1", 0, "wikis", ComponentStatus.DEGRADED_PERFORMANCE));
    PublicIncident major =
        incident("b", null, update("u2", 5, "wikis", ComponentStatus.MAJOR_OUTAGE));
    PublicIncident resolved =
        incident("c", T.plusSeconds(60), update("u3", 0, "login", ComponentStatus.MAJOR_OUTAGE));

    assertThat(ComponentStatusRule.current(List.of(minor, major, resolved)))
        .containsEntry("wikis", ComponentStatus.MAJOR_OUTAGE)
        .doesNotContainKey("login");
  }

  @Test
  void maintenanceShowsUnlessAnIncidentIsWorseAndAnOverrideReplacesEverything() {
    Map<String, ComponentStatus> fromIncidents =
        Map.of(
            "wikis", ComponentStatus.PARTIAL_OUTAGE,
            "login", ComponentStatus.OPERATIONAL,
            "api", ComponentStatus.MAJOR_OUTAGE);

    Map<String, ComponentStatus> effective =
        ComponentStatusRule.effective(
            fromIncidents,
            Set.of("wikis", "login", "vps"),
            Map.of(
                "api",
                ComponentStatus.DEGRADED_PERFORMANCE,
                "toolforge",
                ComponentStatus.OPERATIONAL));

    assertThat(effective)
        .as("the incident's partial outage is worse than maintenance")
        .containsEntry("wikis", ComponentStatus.PARTIAL_OUTAGE)
        .as("an incident stating operational does not hide maintenance")
        .containsEntry("login", ComponentStatus.UNDER_MAINTENANCE)
        .containsEntry("vps", ComponentStatus.UNDER_MAINTENANCE)
        .as("the override wins even when it is better than the derived status")
        .containsEntry("api", ComponentStatus.DEGRADED_PERFORMANCE)
        .containsEntry("toolforge", ComponentStatus.OPERATIONAL)
        .hasSize(5);
  }

  private static PublicIncident incident(String id, Instant resolvedAt, PublicUpdate... updates) {
    return new PublicIncident(
        id,
        "INC-" + id,
        "Incident " + id,
        IncidentImpact.MINOR,
        resolvedAt == null ? IncidentStatus.INVESTIGATING : IncidentStatus.RESOLVED,
        T,
        T,
        resolvedAt,
        List.of(),
        List.of(updates));
  }

  private static PublicUpdate update(
      String id, int minutes, String component, ComponentStatus status) {
    return new PublicUpdate(
        id,
        IncidentStatus.INVESTIGATING,
        "text",
        T.plusSeconds(60L * minutes),
        List.of(new AffectedComponent(component, status)));
  }
}
