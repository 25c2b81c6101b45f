package org.dutyboard.maintenance;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The automatic transitions, as Statuspage's "auto transition" does them: at the planned start a
 * SCHEDULED window goes IN_PROGRESS; at the planned end a window that is not over (SCHEDULED,
 * IN_PROGRESS or VERIFYING) goes COMPLETED. A run that comes late (the service was down) takes a
 * window whose end has passed straight to COMPLETED, with one update. Pure: given "now".
 */
public final class MaintenanceTransitions {
  /** Author of the updates automatic transitions post. */
  public static final String SYSTEM_AUTHOR = "Dutyboard (automatic)";

  /** Statuspage's default messages for the two automatic transitions. */
  public static final String STARTED_MESSAGE =
      "Scheduled maintenance is currently in progress. We will provide updates as necessary.";

  public static final String COMPLETED_MESSAGE = "The scheduled maintenance has been completed.";

  private MaintenanceTransitions() {}

  /** What the decision needs to know of a window; {@code version} guards the update. */
  @RegisterForReflection // built by Hibernate from "select new" (native image)
  public record Window(
      UUID id, MaintenanceStatus status, Instant plannedStart, Instant plannedEnd, long version) {}

  /** A transition to apply: move {@code window} to {@code to} and post {@code message}. */
  public record Transition(Window window, MaintenanceStatus to, String message) {}

  /** The transition due for the window at {@code now}, if any. */
  public static Optional<Transition> due(Window window, Instant now) {
    if (window.status().isFinal()) {
      return Optional.empty();
    }
    if (!now.isBefore(window.plannedEnd())) {
      return Optional.of(new Transition(window, MaintenanceStatus.COMPLETED, COMPLETED_MESSAGE));
    }
    if (window.status() == MaintenanceStatus.SCHEDULED && !now.isBefore(window.plannedStart())) {
      return Optional.of(new Transition(window, MaintenanceStatus.IN_PROGRESS, STARTED_MESSAGE));
    }
    return Optional.empty();
  }

  /** The transitions due at {@code now}, in the order of the given windows. */
  public static List<Transition> due(List<Window> windows, Instant now) {
    return windows.stream().flatMap(w -> due(w, now).stream()).toList();
  }
}
