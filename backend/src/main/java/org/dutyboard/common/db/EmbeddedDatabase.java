package org.dutyboard.common.db;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.dutyboard.common.DataDirConfig;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL started by the service itself, used when no {@code quarkus.datasource.jdbc.url}
 * is configured. Its data lives in {@code <dutyboard.data-dir>/postgres}, so a restart keeps it.
 * The datasource settings are handed to Quarkus as system properties before it boots. A {@link
 * EmbeddedDatabaseSupervisor} restarts it if it dies.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

  /** Longest a start (with crash recovery after a kill) may take before it counts as failed. */
  static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private static volatile EmbeddedDatabaseSupervisor running;

  private final EmbeddedDatabaseSupervisor supervisor;

  private EmbeddedDatabase(EmbeddedDatabaseSupervisor supervisor) {
    this.supervisor = supervisor;
  }

  /** Starts the embedded database unless an external one is configured. */
  public static EmbeddedDatabase startIfNeeded() {
    // Quarkus has not booted yet: read system properties and environment only, and register
    // nothing, so Quarkus builds its own configuration afterwards as usual.
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .addDefaultSources()
            .withMapping(EmbeddedDbConfig.class)
            .withMapping(DataDirConfig.class)
            .build();
    if (config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).isPresent()) {
      return new EmbeddedDatabase(null);
    }
    EmbeddedDbConfig embedded = config.getConfigMapping(EmbeddedDbConfig.class);
    Path dataDir =
        config.getConfigMapping(DataDirConfig.class).resolve("").toAbsolutePath().normalize();
    EmbeddedDatabaseSupervisor supervisor =
        EmbeddedDatabaseSupervisor.start(
            dataDir.resolve("postgres"),
            embedded.port().orElse(0),
            embedded.durable(),
            embedded.superviseInterval());
    System.setProperty("quarkus.datasource.jdbc.url", supervisor.jdbcUrl());
    System.setProperty("quarkus.datasource.username", "postgres");
    System.setProperty("quarkus.datasource.password", "postgres");
    LOG.infof(
        "Embedded PostgreSQL on port %d, data in %s%s",
        supervisor.port(),
        dataDir,
        embedded.durable() ? "" : " (not durable: dutyboard.embedded-db.durable=false)");
    running = supervisor;
    return new EmbeddedDatabase(supervisor);
  }

  /** The supervised embedded database of this process, if it started one. */
  public static Optional<EmbeddedDatabaseSupervisor> running() {
    return Optional.ofNullable(running);
  }

  /**
   * Starts a PostgreSQL keeping its files in {@code directory} (created when missing), after
   * stopping a postmaster a killed predecessor left running there. {@code durable} keeps fsync and
   * synchronous commits on; throw-away test databases turn them off for speed.
   */
  public static EmbeddedPostgres start(Path directory, int port, boolean durable) {
    return start(directory, port, durable, STARTUP_WAIT);
  }

  static EmbeddedPostgres start(Path directory, int port, boolean durable, Duration startupWait) {
    try {
      Files.createDirectories(directory);
      OrphanedPostmaster.release(directory);
      String on = durable ? "on" : "off";
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              // Stopped by the service after Quarkus has drained its requests, not by a JVM hook
              // racing with them.
              .setRegisterShutdownHook(false)
              // zonky starts the postmaster with -F (fsync off); these come later and win.
              .setServerConfig("fsync", on)
              .setServerConfig("synchronous_commit", on)
              .setServerConfig("full_page_writes", on)
              .setPGStartupWait(startupWait);
      if (port > 0) {
        builder.setPort(port);
      }
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
    }
  }

  @Override
  public void close() {
    if (supervisor != null) {
      supervisor.close();
      running = null;
    }
  }
}
