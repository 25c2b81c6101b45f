package org.dutyboard.common.db;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dutyboard.common.DataDirConfig;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL started by the service itself, used when no {@code quarkus.datasource.jdbc.url}
 * is configured. Its data lives in {@code <dutyboard.data-dir>/postgres}, so a restart keeps it. It
 * starts while Quarkus boots; {@link EmbeddedDatabaseConfigSource} hands its datasource settings to
 * Quarkus. A {@link EmbeddedDatabaseSupervisor} restarts it if it dies.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

  /** Longest a start (with crash recovery after a kill) may take before it counts as failed. */
  static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private static volatile CompletableFuture<EmbeddedDatabaseSupervisor> starting;
  private static volatile EmbeddedDatabaseSupervisor running;

  private final CompletableFuture<EmbeddedDatabaseSupervisor> supervisor;

  private EmbeddedDatabase(CompletableFuture<EmbeddedDatabaseSupervisor> supervisor) {
    this.supervisor = supervisor;
  }

  /**
   * Starts the embedded database in the background unless an external one is configured, and
   * returns at once: Quarkus' static initialisation (class loading, Hibernate metadata, the GraphQL
   * schema) needs no database and runs meanwhile. {@link EmbeddedDatabaseConfigSource} hands the
   * datasource settings to Quarkus once the database accepts connections, so nothing connects
   * earlier.
   */
  public static EmbeddedDatabase startIfNeeded() {
    // Quarkus has not booted yet: read system properties and environment only, and register
    // nothing, so Quarkus builds its own configuration afterwards as usual.
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .addDefaultSources()
            .withMapping(EmbeddedDbConfig.class)
            .withMapping(DataDirConfig.class)
            .build();
    if (config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).isPresent()
        || ApplicationLifecycleManager.isAppCDSGeneration()) {
      return new EmbeddedDatabase(CompletableFuture.completedFuture(null));
    }
    Path dataDir =
        config.getConfigMapping(DataDirConfig.class).resolve("").toAbsolutePath().normalize();
    return startInBackground(dataDir, config.getConfigMapping(EmbeddedDbConfig.class));
  }

  /** Starts PostgreSQL in {@code dataDir/postgres} on a thread of its own. */
  static EmbeddedDatabase startInBackground(Path dataDir, EmbeddedDbConfig embedded) {
    CompletableFuture<EmbeddedDatabaseSupervisor> started = new CompletableFuture<>();
    Thread starter =
        new Thread(
            () -> {
              try {
                started.complete(start(dataDir, embedded));
              } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
              }
            },
            "embedded-postgres-start");
    starter.setDaemon(true);
    starter.start();
    starting = started;
    return new EmbeddedDatabase(started);
  }

  private static EmbeddedDatabaseSupervisor start(Path dataDir, EmbeddedDbConfig embedded) {
    EmbeddedDatabaseSupervisor supervisor =
        EmbeddedDatabaseSupervisor.start(
            dataDir.resolve("postgres"),
            embedded.port().orElse(0),
            embedded.durable(),
            embedded.superviseInterval());
    LOG.infof(
        "Embedded PostgreSQL on port %d, data in %s%s",
        supervisor.port(),
        dataDir,
        embedded.durable() ? "" : " (not durable: dutyboard.embedded-db.durable=false)");
    running = supervisor;
    return supervisor;
  }

  /**
   * The embedded database this process is starting, once it accepts connections (empty when it uses
   * an external one); throws when it could not be started.
   */
  static Optional<EmbeddedDatabaseSupervisor> awaitStarted() {
    CompletableFuture<EmbeddedDatabaseSupervisor> started = starting;
    if (started == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(started.join());
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
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

  /** Stops the database, after its start has finished if it is still starting. */
  @Override
  public void close() {
    try {
      EmbeddedDatabaseSupervisor started =
          supervisor.get(STARTUP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (started != null) {
        started.close();
        running = null;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.debugf("The embedded PostgreSQL never started: %s", e);
    } finally {
      if (starting == supervisor) {
        starting = null;
      }
    }
  }
}
