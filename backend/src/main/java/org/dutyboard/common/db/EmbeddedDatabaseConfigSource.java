package org.dutyboard.common.db;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The datasource settings of the embedded PostgreSQL this process started (none with an external
 * database, or in tests). Quarkus asks for them when it builds its runtime configuration, after its
 * static initialisation and before anything connects; this waits there until the database, started
 * in the background by {@link EmbeddedDatabase#startIfNeeded()}, accepts connections. Registered
 * for runtime only (no {@code @StaticInitSafe}), through {@code META-INF/services}.
 */
public class EmbeddedDatabaseConfigSource implements ConfigSourceFactory {
  /** As the system properties that carried these settings before: above every file and env. */
  static final int ORDINAL = 400;

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    return EmbeddedDatabase.awaitStarted()
        .<Iterable<ConfigSource>>map(
            db ->
                List.of(
                    new PropertiesConfigSource(
                        Map.of(
                            "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                            "quarkus.datasource.username", "postgres",
                            "quarkus.datasource.password", "postgres"),
                        "embedded PostgreSQL",
                        ORDINAL)))
        .orElse(List.of());
  }
}
