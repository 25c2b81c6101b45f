package org.dutyboard.people;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Creates the first admin token from {@code DUTYBOARD_BOOTSTRAP_ADMIN_TOKEN}, if it is set. */
@ApplicationScoped
public class BootstrapAdminToken {
  @Inject ApiTokenService tokens;
  @Inject BootstrapConfig config;

  void onStart(@Observes StartupEvent event) {
    config.adminToken().filter(s -> !s.isBlank()).ifPresent(tokens::ensureBootstrapToken);
  }
}
