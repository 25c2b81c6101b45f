package org.dutyboard.rotation;

import java.util.List;
import org.dutyboard.people.PersonView;
import org.dutyboard.people.TeamView;

/** A rotation with its roles, roster and team, loaded together (see {@link RotationLoader}). */
record LoadedRotation(
    Rotation rotation, List<RotationRole> roles, List<PersonView> roster, TeamView team) {

  ShiftExpansion expansion() {
    return new ShiftExpansion(rotation.pattern());
  }

  /** Who holds each role during shift {@code index}; empty while the roster is empty. */
  List<ShiftAssignmentView> assignments(long index) {
    if (roster.isEmpty()) {
      return List.of();
    }
    return roles.stream()
        .map(
            role ->
                new ShiftAssignmentView(
                    role.name,
                    roster.get(RoleAssignment.rosterIndex(index, role.spec(), roster.size())),
                    ShiftSource.ROTATION))
        .toList();
  }
}
