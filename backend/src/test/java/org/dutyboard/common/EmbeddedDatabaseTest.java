package org.dutyboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.dutyboard.common.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL keeps its data in the data directory across restarts, durably. */
class EmbeddedDatabaseTest {
  @Test
  void dataSurvivesARestart(@TempDir Path dataDir) throws Exception {
    try (EmbeddedPostgres first = EmbeddedDatabase.start(dataDir, 0, true);
        Connection c = first.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create table handoff (note text)");
      s.execute("insert into handoff values ('customer issue #42 is with the DBA team')");
    }
    try (EmbeddedPostgres second = EmbeddedDatabase.start(dataDir, 0, true);
        Connection c = second.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select note from handoff")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).contains("#42");
    }
  }

  @Test
  void anAcknowledgedWriteIsOnDiskUnlessDurabilityIsTurnedOffOnPurpose(@TempDir Path dataDir)
      throws Exception {
    try (EmbeddedPostgres durable = EmbeddedDatabase.start(dataDir.resolve("prod"), 0, true)) {
      assertThat(setting(durable, "fsync")).isEqualTo("on");
      assertThat(setting(durable, "synchronous_commit")).isEqualTo("on");
      assertThat(setting(durable, "full_page_writes")).isEqualTo("on");
    }
    try (EmbeddedPostgres fast = EmbeddedDatabase.start(dataDir.resolve("test"), 0, false)) {
      assertThat(setting(fast, "fsync")).isEqualTo("off");
      assertThat(setting(fast, "synchronous_commit")).isEqualTo("off");
    }
  }

  static String setting(EmbeddedPostgres postgres, String name) throws Exception {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("show " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
