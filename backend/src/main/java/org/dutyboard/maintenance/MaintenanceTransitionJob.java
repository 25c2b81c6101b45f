package org.dutyboard.maintenance;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.dutyboard.maintenance.MaintenanceTransitions.Transition;
import org.jboss.logging.Logger;

/**
 * Every {@code dutyboard.maintenance.transition-interval}: starts and completes due maintenance
 * windows, then announces them ({@link MaintenanceWindowsTransitioned}) so the status site changes
 * at the window's start and end rather than on the next site rebuild.
 */
@ApplicationScoped
public class MaintenanceTransitionJob {
  private static final Logger LOG = Logger.getLogger(MaintenanceTransitionJob.class);

  @Inject Clock clock;
  @Inject MaintenanceTransitioner transitioner;
  @Inject Event<MaintenanceWindowsTransitioned> transitioned;

  @Scheduled(
      identity = "maintenance-transitions",
      every = "${dutyboard.maintenance.transition-interval}",
      concurrentExecution = ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      run();
    } catch (RuntimeException e) {
      LOG.error("Maintenance transitions failed; the next run retries", e);
    }
  }

  /** One run; returns the transitions it made. */
  public List<Transition> run() {
    List<Transition> applied = transitioner.applyDue(clock.instant());
    if (!applied.isEmpty()) {
      applied.forEach(
          t -> LOG.infof("Maintenance %s: %s -> %s", t.window().id(), t.window().status(), t.to()));
      transitioned.fire(new MaintenanceWindowsTransitioned(applied));
    }
    return applied;
  }
}
