package org.dutyboard.maintenance;

import java.util.List;
import org.dutyboard.maintenance.MaintenanceTransitions.Transition;

/**
 * CDI event: the transition job started or completed maintenance windows. Fired synchronously after
 * they are committed; the status site observes it to republish at the window's start and end.
 */
public record MaintenanceWindowsTransitioned(List<Transition> transitions) {}
