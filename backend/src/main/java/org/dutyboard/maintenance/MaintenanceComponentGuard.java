package org.dutyboard.maintenance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.component.Component;
import org.dutyboard.component.ComponentDeletionGuard;

/** A component a maintenance window refers to cannot be deleted. */
@ApplicationScoped
class MaintenanceComponentGuard implements ComponentDeletionGuard {
  @Inject EntityManager em;

  @Override
  public void checkDeletable(Component component) {
    long windows =
        em.createQuery(
                "select count(m) from MaintenanceComponent m where m.componentId = :id", Long.class)
            .setParameter("id", component.id)
            .getSingleResult();
    if (windows > 0) {
      throw DutyboardException.conflict(
          "Component "
              + component.name
              + " is referenced by "
              + windows
              + " maintenance window(s)");
    }
  }
}
