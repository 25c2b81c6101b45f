package org.dutyboard.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Keeps the embedded PostgreSQL running: every interval it checks that the postmaster process is
 * alive and, if it died, starts it again on the same port and data directory (the pool then opens
 * new connections by itself). When a restart fails, {@link #healthy()} turns false so liveness goes
 * DOWN and the platform restarts the whole service; the next check tries again regardless.
 */
public final class EmbeddedDatabaseSupervisor implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseSupervisor.class);

  private final Path directory;
  private final int port;
  private final boolean durable;
  private final Duration startupWait;
  private final ScheduledExecutorService checks;
  private volatile EmbeddedPostgres postgres;
  private volatile boolean healthy = true;
  private volatile boolean closed;

  private EmbeddedDatabaseSupervisor(
      Path directory,
      EmbeddedPostgres postgres,
      boolean durable,
      Duration interval,
      Duration startupWait) {
    this.directory = directory;
    this.startupWait = startupWait;
    this.postgres = postgres;
    this.port = postgres.getPort();
    this.durable = durable;
    this.checks =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "embedded-postgres-supervisor");
              thread.setDaemon(true);
              return thread;
            });
    long millis = interval.toMillis();
    checks.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Starts PostgreSQL in {@code directory} and supervises it. */
  public static EmbeddedDatabaseSupervisor start(
      Path directory, int port, boolean durable, Duration interval) {
    return start(directory, port, durable, interval, EmbeddedDatabase.STARTUP_WAIT);
  }

  /** As above; a failed restart is noticed after {@code startupWait}. */
  public static EmbeddedDatabaseSupervisor start(
      Path directory, int port, boolean durable, Duration interval, Duration startupWait) {
    EmbeddedPostgres postgres = EmbeddedDatabase.start(directory, port, durable, startupWait);
    return new EmbeddedDatabaseSupervisor(directory, postgres, durable, interval, startupWait);
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  public int port() {
    return port;
  }

  /** False while the postmaster is dead and could not be restarted. */
  public boolean healthy() {
    return healthy;
  }

  /** The running postmaster's process id, if it runs. */
  public Optional<Long> postmasterPid() {
    return OrphanedPostmaster.pidOf(directory.resolve("postmaster.pid"))
        .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
  }

  synchronized void check() {
    if (closed || postmasterPid().isPresent()) {
      return;
    }
    if (healthy) {
      LOG.warnf("Embedded PostgreSQL on port %d stopped unexpectedly; restarting it", port);
    }
    stopQuietly(postgres); // releases zonky's lock on the data directory
    try {
      // A failed start keeps zonky's lock on its lock file until garbage collection; this process
      // owns the directory, so start over with a fresh lock file.
      Files.deleteIfExists(directory.resolve("epg-lock"));
      postgres = EmbeddedDatabase.start(directory, port, durable, startupWait);
      healthy = true;
      LOG.infof("Embedded PostgreSQL restarted on port %d", port);
    } catch (IOException | RuntimeException e) {
      if (healthy) {
        LOG.errorf(
            "Embedded PostgreSQL could not be restarted (%s); liveness is DOWN, retrying",
            DatabaseUnavailable.rootCause(e));
      }
      healthy = false;
    }
  }

  private static void stopQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException | RuntimeException e) {
      LOG.debugf("Stopping the previous PostgreSQL: %s", e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    checks.shutdownNow();
    stopQuietly(postgres);
    // zonky stops through pg_ctl, which refuses to run as root (containers, CI): then ask the
    // postmaster itself for a fast shutdown (SIGINT: sessions end, transactions roll back).
    postmasterPid().flatMap(ProcessHandle::of).ifPresent(EmbeddedDatabaseSupervisor::fastShutdown);
    LOG.info("Embedded PostgreSQL stopped");
  }

  private static void fastShutdown(ProcessHandle postmaster) {
    try {
      new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).start().waitFor();
      postmaster.onExit().get(OrphanedPostmaster.STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | ExecutionException | TimeoutException e) {
      LOG.warnf("Embedded PostgreSQL (pid %d) did not stop cleanly: %s", postmaster.pid(), e);
    }
  }
}
