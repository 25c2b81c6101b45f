package org.dutyboard.incident.role;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dutyboard.incident.Incident;
import org.dutyboard.incident.IncidentWarningCode;
import org.dutyboard.incident.IncidentWarningView;

/**
 * "An ongoing major incident MUST have an incident coordinator." A SEV1/SEV2 incident in an active
 * state that has had no coordinator for longer than the grace period gets a warning. The uncovered
 * time counts from the last coordinator's hand-over, or from the declaration if there never was
 * one.
 */
public final class IncidentCoordinatorRule {
  private IncidentCoordinatorRule() {}

  public static Optional<IncidentWarningView> check(
      Incident incident, List<IncidentRoleAssignment> coordinators, Instant now, Duration grace) {
    if (!incident.severity.isMajor() || !incident.status.isActive()) {
      return Optional.empty();
    }
    if (coordinators.stream().anyMatch(a -> a.handedOverAt == null)) {
      return Optional.empty();
    }
    Instant since =
        coordinators.stream()
            .map(a -> a.handedOverAt)
            .max(Instant::compareTo)
            .orElse(incident.declaredAt);
    Duration uncovered = Duration.between(since, now);
    if (uncovered.compareTo(grace) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new IncidentWarningView(
            IncidentWarningCode.NO_COORDINATOR,
            "Major incident without an Incident Coordinator for "
                + uncovered.toMinutes()
                + " minutes (grace "
                + grace.toMinutes()
                + "); someone must take the IC role",
            since));
  }
}
