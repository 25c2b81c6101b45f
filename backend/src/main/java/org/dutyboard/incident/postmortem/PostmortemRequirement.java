package org.dutyboard.incident.postmortem;

import java.util.ArrayList;
import java.util.List;
import org.dutyboard.incident.TeamInvolvement;

/**
 * When an incident needs a report before it may be closed (Dreamwork's rule). A report is required
 * for:
 *
 * <ol>
 *   <li>anything that needed a rollback or roll-forward (hotfix, quick fix) — except a rollback
 *       during a documented testing phase;
 *   <li>incidents the team started or got pulled into (did work for);
 *   <li>incidents that updated the public status page.
 * </ol>
 *
 * Incidents declared in Dutyboard are STARTED by default, so a report is normally required; an
 * incident tracked for awareness only (involvement NONE) whose only event was a rollback during a
 * testing phase, and which posted nothing publicly, is exempt.
 */
public final class PostmortemRequirement {
  private PostmortemRequirement() {}

  /** Whether a report is required, and why (empty reasons when not). */
  public record Verdict(boolean required, List<String> reasons) {}

  public static Verdict evaluate(
      TeamInvolvement involvement,
      boolean rollbackOrHotfix,
      boolean rollbackDuringTestingPhase,
      long publicStatusUpdates) {
    List<String> reasons = new ArrayList<>();
    if (rollbackOrHotfix && !rollbackDuringTestingPhase) {
      reasons.add("it needed a rollback or hotfix");
    }
    if (involvement == TeamInvolvement.STARTED) {
      reasons.add("the team started it");
    } else if (involvement == TeamInvolvement.PULLED_IN) {
      reasons.add("the team was pulled in and worked on it");
    }
    if (publicStatusUpdates > 0) {
      reasons.add("it updated the public status page");
    }
    return new Verdict(!reasons.isEmpty(), List.copyOf(reasons));
  }
}
