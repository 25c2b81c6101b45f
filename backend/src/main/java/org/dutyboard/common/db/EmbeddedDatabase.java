package org.dutyboard.common.db;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL started by the service itself, used when no {@code quarkus.datasource.jdbc.url}
 * is configured. Its data lives in {@code <dutyboard.data-dir>/postgres}, so a restart keeps it.
 * The datasource settings are handed to Quarkus as system properties before it boots.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts the embedded database unless an external one is configured. */
  public static EmbeddedDatabase startIfNeeded() {
    // Quarkus has not booted yet: read system properties and environment only, and register
    // nothing, so Quarkus builds its own configuration afterwards as usual.
    Config config = new SmallRyeConfigBuilder().addDefaultSources().build();
    if (config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).isPresent()) {
      return new EmbeddedDatabase(null);
    }
    Path dataDir =
        Path.of(config.getOptionalValue("dutyboard.data-dir", String.class).orElse(".dutyboard"))
            .toAbsolutePath()
            .normalize();
    int port = config.getOptionalValue("dutyboard.embedded-db.port", Integer.class).orElse(0);
    EmbeddedPostgres postgres = start(dataDir.resolve("postgres"), port);
    String url = postgres.getJdbcUrl("postgres", "postgres");
    System.setProperty("quarkus.datasource.jdbc.url", url);
    System.setProperty("quarkus.datasource.username", "postgres");
    System.setProperty("quarkus.datasource.password", "postgres");
    LOG.infof("Embedded PostgreSQL on port %d, data in %s", postgres.getPort(), dataDir);
    return new EmbeddedDatabase(postgres);
  }

  /** Starts a PostgreSQL keeping its files in {@code directory} (created when missing). */
  public static EmbeddedPostgres start(Path directory, int port) {
    try {
      Files.createDirectories(directory);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setPGStartupWait(Duration.ofSeconds(60));
      if (port > 0) {
        builder.setPort(port);
      }
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
    }
  }

  public Optional<EmbeddedPostgres> postgres() {
    return Optional.ofNullable(postgres);
  }

  @Override
  public void close() {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
      }
    }
  }
}
