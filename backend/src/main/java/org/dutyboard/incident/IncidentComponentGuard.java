package org.dutyboard.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.component.Component;
import org.dutyboard.component.ComponentDeletionGuard;

/** A component an incident refers to cannot be deleted. */
@ApplicationScoped
class IncidentComponentGuard implements ComponentDeletionGuard {
  @Inject EntityManager em;

  @Override
  public void checkDeletable(Component component) {
    long uses =
        em.createQuery(
                "select count(c) from IncidentComponent c where c.componentId = :id", Long.class)
            .setParameter("id", component.id)
            .getSingleResult();
    if (uses > 0) {
      throw DutyboardException.conflict(
          "Component " + component.name + " is referenced by " + uses + " incident(s)");
    }
  }
}
