package org.dutyboard.rotation;

import java.util.List;
import org.dutyboard.common.error.DutyboardException;

/**
 * Who fills each role of a shift. The documented rule: role {@code r} of shift {@code n} is held by
 * {@code roster[(n + offset(r)) mod size]}. The default offset of a role is its position, so the
 * secondary is the next person in the roster (who becomes primary at the next handoff, which is
 * exactly the Tuesday "current primary meets the next in line" handoff of the seeds).
 */
public final class RoleAssignment {
  private RoleAssignment() {}

  /** A role's name and its roster offset. */
  public record RoleSpec(String name, int rosterOffset) {}

  /**
   * Checks that every role of every shift is a different person: the roster must not be empty, must
   * have no duplicates, and the offsets must differ modulo the roster size.
   *
   * @return a problem description, or {@code null} when the combination is valid
   */
  public static String problem(List<RoleSpec> roles, List<?> roster) {
    if (roles.isEmpty()) {
      return "a rotation needs at least one role";
    }
    if (roster.isEmpty()) {
      return null; // a rotation may exist before its roster is set; it simply has no one on duty
    }
    if (roster.stream().distinct().count() != roster.size()) {
      return "the roster lists a person twice";
    }
    if (roster.size() < roles.size()) {
      return roles.size() + " roles need at least " + roles.size() + " people in the roster";
    }
    long distinctSlots =
        roles.stream().map(r -> Math.floorMod(r.rosterOffset(), roster.size())).distinct().count();
    if (distinctSlots != roles.size()) {
      return "two roles would be held by the same person (roster offsets collide)";
    }
    return null;
  }

  /** {@link #problem} as a VALIDATION error of the roster (of the roles while there is none). */
  public static void requireValid(List<RoleSpec> roles, List<?> roster) {
    String problem = problem(roles, roster);
    if (problem != null) {
      throw DutyboardException.validation(roster.isEmpty() ? "roles" : "personIds", problem);
    }
  }

  /** The roster position holding {@code role} during shift {@code shiftIndex}. */
  public static int rosterIndex(long shiftIndex, RoleSpec role, int rosterSize) {
    return (int) Math.floorMod(shiftIndex + role.rosterOffset(), (long) rosterSize);
  }
}
