package org.dutyboard.component;

/**
 * Implemented by the features that refer to components (incidents, maintenance windows), so
 * deleting a component can be refused while it is still used without this feature knowing those
 * features. A check throws a CONFLICT {@code DutyboardException} saying what still refers to it.
 */
public interface ComponentDeletionGuard {
  /** Fails if the component is still referred to. */
  void checkDeletable(Component component);
}
