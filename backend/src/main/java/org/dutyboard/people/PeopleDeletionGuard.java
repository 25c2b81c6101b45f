package org.dutyboard.people;

/**
 * Implemented by the features that refer to people or teams (rotations, for example), so deleting a
 * person or a team can be refused while they are still used without this feature knowing those
 * features. Each check throws a CONFLICT {@code DutyboardException} saying what still refers to it.
 */
public interface PeopleDeletionGuard {
  /** Fails if the person is still referred to. */
  default void checkPersonDeletable(Person person) {}

  /** Fails if the team is still referred to. */
  default void checkTeamDeletable(Team team) {}
}
