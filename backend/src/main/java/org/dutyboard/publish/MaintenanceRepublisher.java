package org.dutyboard.publish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.dutyboard.maintenance.MaintenanceWindowsTransitioned;
import org.jboss.logging.Logger;

/** Republishes the status site when maintenance windows start or complete. */
@ApplicationScoped
class MaintenanceRepublisher {
  private static final Logger LOG = Logger.getLogger(MaintenanceRepublisher.class);

  @Inject StatusSitePublisher publisher;

  void onTransitions(@Observes MaintenanceWindowsTransitioned event) {
    try {
      publisher.publish();
    } catch (RuntimeException e) {
      LOG.error("Status site publish after maintenance transitions failed", e);
    }
  }
}
