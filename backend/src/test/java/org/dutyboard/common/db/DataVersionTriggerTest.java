package org.dutyboard.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The data version rises once per committed transaction that changed any table, and only then. */
@QuarkusTest
class DataVersionTriggerTest {
  /** Only the migration history and the counter itself are untracked. */
  private static final Set<String> UNTRACKED = Set.of("flyway_schema_history", "data_version");

  @Inject AgroalDataSource dataSource;
  @Inject DataVersion dataVersion;

  @Test
  void everyTableRaisesTheVersion() throws SQLException {
    List<String> untracked = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet tables =
            statement.executeQuery(
                """
                select c.relname,
                       exists (select 1 from pg_trigger t where t.tgrelid = c.oid
                               and t.tgname = 'data_version_change') as change,
                       exists (select 1 from pg_trigger t where t.tgrelid = c.oid
                               and t.tgname = 'data_version_truncate') as truncate
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relkind in ('r', 'p') and n.nspname = current_schema()
                order by c.relname""")) {
      while (tables.next()) {
        String table = tables.getString(1);
        boolean tracked = tables.getBoolean(2) && tables.getBoolean(3);
        if (!tracked && !UNTRACKED.contains(table)) {
          untracked.add(table);
        }
      }
    }
    assertThat(untracked)
        .as(
            "tables without the data-version triggers: add `select track_data_version('<table>');`"
                + " to the migration that creates them")
        .isEmpty();
  }

  @Test
  void oneCommittedTransactionRaisesItOnceAndARolledBackOneNot() throws SQLException {
    long before = dataVersion.current();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(
            "insert into team (id, name, created_at, updated_at, version)"
                + " select gen_random_uuid(), 'dv-' || gen_random_uuid(), now(), now(), 0"
                + " from generate_series(1, 3)");
        statement.executeUpdate("update team set description = 'dv' where name like 'dv-%'");
        assertThat(dataVersion.current()).as("not before the commit").isEqualTo(before);
      }
      connection.commit();
    }
    assertThat(dataVersion.current()).isEqualTo(before + 1);

    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(
            "update team set description = 'rolled back' where name like 'dv-%'");
      }
      connection.rollback();
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("update team set description = 'none' where name = 'no such team'");
    }
    assertThat(dataVersion.current())
        .as("a rolled-back change and a statement that changed no row leave it")
        .isEqualTo(before + 1);
  }
}
