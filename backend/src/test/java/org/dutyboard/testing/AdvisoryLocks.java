package org.dutyboard.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Plays "another replica": holds a PostgreSQL advisory lock on its own connection. */
public final class AdvisoryLocks {
  private AdvisoryLocks() {}

  /** Runs {@code whileHeld} while another connection holds the advisory lock {@code key}. */
  public static void whileHeldElsewhere(DataSource dataSource, long key, Runnable whileHeld)
      throws SQLException {
    try (Connection other = dataSource.getConnection()) {
      run(other, "select pg_advisory_lock(?)", key);
      try {
        whileHeld.run();
      } finally {
        run(other, "select pg_advisory_unlock(?)", key);
      }
    }
  }

  private static void run(Connection connection, String sql, long key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, key);
      statement.execute();
    }
  }
}
