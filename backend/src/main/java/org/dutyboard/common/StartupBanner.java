package org.dutyboard.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells whoever started the service where to point a browser or a dashboard. */
@ApplicationScoped
public class StartupBanner {
  private static final Logger LOG = Logger.getLogger(StartupBanner.class);

  @ConfigProperty(name = "quarkus.http.port")
  int port;

  void onStart(@Observes StartupEvent event) {
    String base = "http://localhost:" + port;
    LOG.infof(
        "Dutyboard is up. GraphQL endpoint: %s/graphql | GraphQL UI: %s/q/graphql-ui"
            + " | schema: %s/graphql/schema.graphql | health: %s/q/health",
        base, base, base, base);
  }
}
