package org.dutyboard.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.maintenance.MaintenanceStatus.CANCELLED;
import static org.dutyboard.maintenance.MaintenanceStatus.COMPLETED;
import static org.dutyboard.maintenance.MaintenanceStatus.IN_PROGRESS;
import static org.dutyboard.maintenance.MaintenanceStatus.SCHEDULED;
import static org.dutyboard.maintenance.MaintenanceStatus.VERIFYING;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.maintenance.MaintenanceTransitions.Transition;
import org.dutyboard.maintenance.MaintenanceTransitions.Window;
import org.junit.jupiter.api.Test;

class MaintenanceTransitionsTest {
  private static final Instant START = Instant.parse("2026-12-03T05:00:00Z");
  private static final Instant END = Instant.parse("2026-12-03T09:00:00Z");

  private static Window window(MaintenanceStatus status) {
    return new Window(UUID.randomUUID(), status, START, END, 3);
  }

  private static Optional<MaintenanceStatus> next(MaintenanceStatus status, Instant now) {
    return MaintenanceTransitions.due(window(status), now).map(Transition::to);
  }

  @Test
  void aScheduledWindowStartsExactlyAtItsPlannedStart() {
    assertThat(next(SCHEDULED, START.minusSeconds(1))).isEmpty();
    assertThat(next(SCHEDULED, START)).contains(IN_PROGRESS);
    assertThat(MaintenanceTransitions.due(window(SCHEDULED), START).orElseThrow().message())
        .isEqualTo(MaintenanceTransitions.STARTED_MESSAGE);
  }

  @Test
  void everyWindowThatIsNotOverCompletesAtItsPlannedEnd() {
    assertThat(next(IN_PROGRESS, END.minusSeconds(1))).isEmpty();
    assertThat(next(VERIFYING, END.minusSeconds(1))).isEmpty();
    assertThat(next(IN_PROGRESS, END)).contains(COMPLETED);
    assertThat(next(VERIFYING, END)).contains(COMPLETED);
  }

  @Test
  void aLateRunTakesAnEndedWindowStraightToCompleted() {
    Instant muchLater = END.plusSeconds(3 * 86400);
    List<Transition> due = MaintenanceTransitions.due(List.of(window(SCHEDULED)), muchLater);
    assertThat(due).hasSize(1);
    assertThat(due.get(0).to()).isEqualTo(COMPLETED);
    assertThat(due.get(0).message()).isEqualTo(MaintenanceTransitions.COMPLETED_MESSAGE);
  }

  @Test
  void finishedAndCancelledWindowsNeverMove() {
    Instant later = END.plusSeconds(60);
    assertThat(next(COMPLETED, later)).isEmpty();
    assertThat(next(CANCELLED, later)).isEmpty();
    assertThat(next(CANCELLED, START)).isEmpty();
  }

  @Test
  void peopleMayOnlyMoveForwardAndNeverCancelWithAnUpdate() {
    assertThat(SCHEDULED.canPostUpdateWith(SCHEDULED)).isTrue();
    assertThat(SCHEDULED.canPostUpdateWith(COMPLETED)).isTrue();
    assertThat(VERIFYING.canPostUpdateWith(IN_PROGRESS)).isFalse();
    assertThat(IN_PROGRESS.canPostUpdateWith(CANCELLED)).isFalse();
    assertThat(COMPLETED.canPostUpdateWith(COMPLETED)).isFalse();
  }
}
