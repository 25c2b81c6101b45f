package org.dutyboard.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.incident.postmortem.PostmortemRequirement;
import org.dutyboard.incident.role.IncidentCoordinatorRule;
import org.dutyboard.incident.role.IncidentRoleAssignment;
import org.dutyboard.incident.timeline.TimeOrderedIds;
import org.junit.jupiter.api.Test;

/** The named incident rules, without a database. */
class IncidentRulesTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void lifecycleAllowsOnlyDocumentedTransitions() {
    assertThat(IncidentLifecycle.allowed(IncidentStatus.INVESTIGATING, IncidentStatus.MONITORING))
        .isTrue();
    assertThat(IncidentLifecycle.allowed(IncidentStatus.INVESTIGATING, IncidentStatus.CLOSED))
        .isFalse();
    assertThat(IncidentLifecycle.allowed(IncidentStatus.RESOLVED, IncidentStatus.CLOSED)).isTrue();
    assertThat(IncidentLifecycle.allowed(IncidentStatus.CLOSED, IncidentStatus.INVESTIGATING))
        .isFalse();
    assertThatThrownBy(() -> IncidentLifecycle.checkReopen(IncidentStatus.IDENTIFIED))
        .isInstanceOf(DutyboardException.class);
  }

  @Test
  void timestampsInImpossibleOrderNameTheLaterField() {
    Incident i = incident();
    i.startedAt = NOW.minusSeconds(600);
    i.resolvedAt = NOW.minusSeconds(900);
    assertThatThrownBy(() -> IncidentTimestamps.check(i, NOW))
        .isInstanceOfSatisfying(
            DutyboardException.class, e -> assertThat(e.field()).contains("resolvedAt"));
    i.resolvedAt = null;
    i.detectedAt = NOW.plusSeconds(60);
    assertThatThrownBy(() -> IncidentTimestamps.check(i, NOW))
        .isInstanceOf(DutyboardException.class);
  }

  @Test
  void reportRequirementFollowsTheDreamworkRule() {
    var started = PostmortemRequirement.evaluate(TeamInvolvement.STARTED, false, false, 0);
    assertThat(started.required()).isTrue();
    var hotfix = PostmortemRequirement.evaluate(TeamInvolvement.NONE, true, false, 0);
    assertThat(hotfix.reasons()).containsExactly("it needed a rollback or hotfix");
    var testingPhase = PostmortemRequirement.evaluate(TeamInvolvement.NONE, true, true, 0);
    assertThat(testingPhase.required()).isFalse();
    var statusPage = PostmortemRequirement.evaluate(TeamInvolvement.NONE, true, true, 2);
    assertThat(statusPage.reasons()).containsExactly("it updated the public status page");
  }

  @Test
  void majorIncidentsWithoutCoordinatorWarnAfterTheGracePeriod() {
    Incident i = incident();
    Duration grace = Duration.ofMinutes(15);
    assertThat(IncidentCoordinatorRule.check(i, List.of(), NOW.plusSeconds(14 * 60), grace))
        .isEmpty();
    assertThat(IncidentCoordinatorRule.check(i, List.of(), NOW.plusSeconds(16 * 60), grace))
        .hasValueSatisfying(
            w -> assertThat(w.code()).isEqualTo(IncidentWarningCode.NO_COORDINATOR));
    IncidentRoleAssignment handedOver = new IncidentRoleAssignment();
    handedOver.assumedAt = NOW;
    handedOver.handedOverAt = NOW.plusSeconds(20 * 60);
    assertThat(
            IncidentCoordinatorRule.check(i, List.of(handedOver), NOW.plusSeconds(30 * 60), grace))
        .isEmpty();
    i.severity = Severity.SEV3;
    assertThat(IncidentCoordinatorRule.check(i, List.of(), NOW.plusSeconds(3600), grace)).isEmpty();
  }

  @Test
  void timelineIdsIncreaseEvenWithinOneMillisecond() {
    UUID previous = TimeOrderedIds.next(NOW.toEpochMilli());
    for (int k = 0; k < 10_000; k++) {
      UUID next = TimeOrderedIds.next(NOW.toEpochMilli());
      assertThat(
              Long.compareUnsigned(
                  next.getMostSignificantBits(), previous.getMostSignificantBits()))
          .isPositive();
      previous = next;
    }
  }

  private static Incident incident() {
    Incident i = new Incident();
    i.severity = Severity.SEV1;
    i.status = IncidentStatus.INVESTIGATING;
    i.declaredAt = NOW;
    return i;
  }
}
