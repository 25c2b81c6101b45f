package org.dutyboard.common.db;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness DOWN when the embedded PostgreSQL died and could not be restarted, so the platform
 * restarts the service instead of leaving it alive but useless. An external database is the
 * readiness check's business (a restart of this service would not fix it).
 */
@Liveness
@ApplicationScoped
public class EmbeddedDatabaseLiveness implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    return EmbeddedDatabase.running()
        .map(
            db ->
                HealthCheckResponse.named("embedded-postgresql")
                    .status(db.healthy())
                    .withData("port", db.port())
                    .build())
        .orElseGet(
            () ->
                HealthCheckResponse.named("embedded-postgresql")
                    .up()
                    .withData("embedded", false)
                    .build());
  }
}
