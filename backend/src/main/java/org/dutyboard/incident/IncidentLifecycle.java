package org.dutyboard.incident;

import static org.dutyboard.incident.IncidentStatus.CLOSED;
import static org.dutyboard.incident.IncidentStatus.IDENTIFIED;
import static org.dutyboard.incident.IncidentStatus.INVESTIGATING;
import static org.dutyboard.incident.IncidentStatus.MONITORING;
import static org.dutyboard.incident.IncidentStatus.RESOLVED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.dutyboard.common.error.DutyboardException;

/**
 * The incident state machine.
 *
 * <pre>
 * INVESTIGATING <-> IDENTIFIED <-> MONITORING      (any active state to any other)
 * active -> RESOLVED -> CLOSED
 * RESOLVED or CLOSED -> INVESTIGATING only by reopening (recorded, counted)
 * </pre>
 *
 * Entering MONITORING or RESOLVED records {@code mitigatedAt} if it is not set yet: service is
 * restored before the root cause is known, and that moment is what time-to-mitigate measures.
 */
public final class IncidentLifecycle {
  private static final Map<IncidentStatus, Set<IncidentStatus>> NEXT =
      Map.of(
          INVESTIGATING, EnumSet.of(IDENTIFIED, MONITORING, RESOLVED),
          IDENTIFIED, EnumSet.of(INVESTIGATING, MONITORING, RESOLVED),
          MONITORING, EnumSet.of(INVESTIGATING, IDENTIFIED, RESOLVED),
          RESOLVED, EnumSet.of(CLOSED),
          CLOSED, EnumSet.noneOf(IncidentStatus.class));

  private IncidentLifecycle() {}

  public static boolean allowed(IncidentStatus from, IncidentStatus to) {
    return NEXT.get(from).contains(to);
  }

  /** Refuses a transition the state machine does not have, with CONFLICT. */
  public static void check(IncidentStatus from, IncidentStatus to) {
    if (!allowed(from, to)) {
      String hint =
          (from == RESOLVED || from == CLOSED) && to.isActive()
              ? "; use reopenIncident"
              : from == to ? "; it already is" : "";
      throw DutyboardException.conflict(
          "status", "An incident cannot go from " + from + " to " + to + hint);
    }
  }

  /** Reopening is possible from RESOLVED and CLOSED only, and goes back to INVESTIGATING. */
  public static void checkReopen(IncidentStatus from) {
    if (from != RESOLVED && from != CLOSED) {
      throw DutyboardException.conflict(
          "status", "Only RESOLVED or CLOSED incidents can be reopened; this one is " + from);
    }
  }

  public static boolean setsMitigated(IncidentStatus to) {
    return to == MONITORING || to == RESOLVED;
  }
}
