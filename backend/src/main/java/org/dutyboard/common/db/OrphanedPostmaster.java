package org.dutyboard.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * A JVM killed with {@code kill -9} leaves its embedded postmaster running (it is a daemon of its
 * own) and holding the data directory, so the next start would fail after a long wait with a
 * misleading "connection refused". Before starting, this finds such a leftover through {@code
 * postmaster.pid} and stops it (a clean shutdown, so nothing is lost), or removes a pid file whose
 * process is gone, saying so in one line.
 */
final class OrphanedPostmaster {
  private static final Logger LOG = Logger.getLogger(OrphanedPostmaster.class);
  static final Duration STOP_WAIT = Duration.ofSeconds(20);

  private OrphanedPostmaster() {}

  /** Makes {@code dataDir} free for a new postmaster. */
  static void release(Path dataDir) {
    Path pidFile = dataDir.resolve("postmaster.pid");
    Optional<Long> pid = pidOf(pidFile);
    if (pid.isEmpty()) {
      return;
    }
    Optional<ProcessHandle> running =
        ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive).filter(OrphanedPostmaster::isPg);
    if (running.isEmpty()) {
      LOG.infof(
          "Removing stale %s (pid %d no longer runs PostgreSQL): the previous run did not stop"
              + " cleanly; PostgreSQL recovers from its write-ahead log",
          pidFile, pid.get());
      delete(pidFile);
      return;
    }
    LOG.warnf(
        "PostgreSQL pid %d, left running by a previous Dutyboard that was killed without stopping"
            + " it, still holds %s: stopping it cleanly before starting a new one",
        pid.get(), dataDir);
    stop(running.get());
  }

  private static void stop(ProcessHandle postmaster) {
    postmaster.destroy(); // SIGTERM: smart shutdown; the dead JVM's sessions are already gone
    try {
      postmaster.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "The PostgreSQL left by a previous run (pid "
              + postmaster.pid()
              + ") did not stop within "
              + STOP_WAIT.toSeconds()
              + " s; stop it by hand and start again",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while stopping an orphaned PostgreSQL", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  static Optional<Long> pidOf(Path pidFile) {
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isPg(ProcessHandle process) {
    return process.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
