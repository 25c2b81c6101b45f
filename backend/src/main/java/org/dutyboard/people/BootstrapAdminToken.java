package org.dutyboard.people;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Creates the first admin token from {@code DUTYBOARD_BOOTSTRAP_ADMIN_TOKEN}, if it is set, and
 * warns at start-up when no API token can act as admin, since then nobody can issue tokens.
 */
@ApplicationScoped
public class BootstrapAdminToken {
  private static final Logger LOG = Logger.getLogger(BootstrapAdminToken.class);

  @Inject ApiTokenService tokens;
  @Inject BootstrapConfig config;

  void onStart(@Observes StartupEvent event) {
    var secret = config.adminToken().filter(s -> !s.isBlank());
    secret.ifPresent(tokens::ensureBootstrapToken);
    if (secret.isEmpty() && !tokens.anyActiveAdminToken()) {
      LOG.warn(
          "No admin API token exists and DUTYBOARD_BOOTSTRAP_ADMIN_TOKEN is not set: nobody can"
              + " issue tokens. Restart with DUTYBOARD_BOOTSTRAP_ADMIN_TOKEN=<a long random secret>"
              + " to create one (or sign in with a JWT carrying the admin group); see docs/operators.md,"
              + " \"Recovering admin access\".");
    }
  }
}
