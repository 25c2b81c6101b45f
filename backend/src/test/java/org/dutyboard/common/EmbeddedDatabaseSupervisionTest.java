package org.dutyboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.dutyboard.common.db.EmbeddedDatabaseSupervisor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real embedded postmaster (SIGKILL) and watches the supervisor bring it back on the same
 * port with the data intact, or report itself unhealthy (liveness DOWN) while it cannot.
 */
class EmbeddedDatabaseSupervisionTest {
  @Test
  void aKilledPostgresIsRestartedWithItsData(@TempDir Path dir) throws Exception {
    try (EmbeddedDatabaseSupervisor db =
        EmbeddedDatabaseSupervisor.start(dir, 0, true, Duration.ofMillis(200))) {
      execute(db, "create table page (alert text)", "insert into page values ('DiskFull')");
      long first = db.postmasterPid().orElseThrow();

      ProcessHandle.of(first).orElseThrow().destroyForcibly();

      waitUntil(() -> "DiskFull".equals(queryOrNull(db, "select alert from page")));
      assertThat(db.postmasterPid()).isPresent().isNotEqualTo(Optional.of(first));
      assertThat(db.healthy()).isTrue();
    }
  }

  @Test
  void livenessGoesDownWhileARestartFailsAndUpWhenItWorksAgain(@TempDir Path dir) throws Exception {
    try (EmbeddedDatabaseSupervisor db =
        EmbeddedDatabaseSupervisor.start(
            dir, 0, false, Duration.ofMillis(200), Duration.ofSeconds(10))) {
      long first = db.postmasterPid().orElseThrow();
      Path version = dir.resolve("PG_VERSION");
      Path hidden = dir.resolve("PG_VERSION.hidden");
      Files.move(version, hidden); // the data directory is unusable: restarts fail

      ProcessHandle.of(first).orElseThrow().destroyForcibly();
      waitUntil(() -> !db.healthy());

      Files.move(hidden, version);
      waitUntil(db::healthy);
      waitUntil(() -> "back".equals(queryOrNull(db, "select 'back'")));
    }
  }

  private static void execute(EmbeddedDatabaseSupervisor db, String... statements)
      throws Exception {
    try (Connection c = DriverManager.getConnection(db.jdbcUrl());
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  private static String query(EmbeddedDatabaseSupervisor db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(db.jdbcUrl());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** The query's single value, or null while the database does not answer. */
  private static String queryOrNull(EmbeddedDatabaseSupervisor db, String sql) {
    try {
      return query(db, sql);
    } catch (Exception notYet) {
      return null;
    }
  }

  static void waitUntil(BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(60);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("condition reached within 60 s").isBefore(deadline);
      Thread.sleep(100);
    }
  }
}
