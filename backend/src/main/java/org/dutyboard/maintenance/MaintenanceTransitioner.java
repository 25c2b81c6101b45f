package org.dutyboard.maintenance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.maintenance.MaintenanceTransitions.Transition;
import org.dutyboard.maintenance.MaintenanceTransitions.Window;

/**
 * Applies the due automatic transitions. Each is one UPDATE guarded by the status and version the
 * decision saw, so a window changed meanwhile (by a person or another replica running the same job)
 * is left alone: running it twice, or on several replicas at once, transitions once.
 */
@ApplicationScoped
public class MaintenanceTransitioner {
  private static final List<MaintenanceStatus> OPEN =
      List.of(
          MaintenanceStatus.SCHEDULED, MaintenanceStatus.IN_PROGRESS, MaintenanceStatus.VERIFYING);

  @Inject EntityManager em;

  /** Applies what is due at {@code now}; returns the transitions this call made. */
  @Transactional
  public List<Transition> applyDue(Instant now) {
    List<Window> candidates =
        em.createQuery(
                "select new org.dutyboard.maintenance.MaintenanceTransitions$Window("
                    + "w.id, w.status, w.plannedStart, w.plannedEnd, w.version)"
                    + " from MaintenanceWindow w where any_of(:open, w.status)"
                    + " and (w.plannedEnd <= :now"
                    + " or (w.status = :scheduled and w.plannedStart <= :now))"
                    + " order by w.plannedStart, w.id",
                Window.class)
            .setParameter("open", AnyOf.names(OPEN))
            .setParameter("now", now)
            .setParameter("scheduled", MaintenanceStatus.SCHEDULED)
            .getResultList();
    List<Transition> applied = new ArrayList<>();
    for (Transition t : MaintenanceTransitions.due(candidates, now)) {
      int changed =
          em.createQuery(
                  "update MaintenanceWindow w set w.status = :to, w.updatedAt = :now,"
                      + " w.version = w.version + 1"
                      + " where w.id = :id and w.status = :from and w.version = :version")
              .setParameter("to", t.to())
              .setParameter("now", now)
              .setParameter("id", t.window().id())
              .setParameter("from", t.window().status())
              .setParameter("version", t.window().version())
              .executeUpdate();
      if (changed == 1) {
        MaintenanceUpdateEntry update = new MaintenanceUpdateEntry();
        update.id = UUID.randomUUID();
        update.maintenanceId = t.window().id();
        update.status = t.to();
        update.message = t.message();
        update.author = MaintenanceTransitions.SYSTEM_AUTHOR;
        update.automatic = true;
        update.postedAt = now;
        em.persist(update);
        applied.add(t);
      }
    }
    return applied;
  }
}
