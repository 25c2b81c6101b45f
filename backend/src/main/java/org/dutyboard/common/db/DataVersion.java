package org.dutyboard.common.db;

import io.agroal.api.AgroalDataSource;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The database's data version: one counter, raised in the committing transaction of every change to
 * any table (migration {@code V20261202.0300__data_version.sql}), so every replica sees the same
 * number for the same data. Reading it before reading any data means an answer kept under a version
 * reflects every change committed before that read.
 */
@ApplicationScoped
public class DataVersion {
  private static final String SELECT = "select version from data_version where id = 1";
  private static final String REQUEST_READ = DataVersion.class.getName() + ".read";

  /**
   * A version read while one HTTP request is served, before any of its data is read (by the
   * authentication of an API token), kept on the request so later steps need not read it again.
   */
  public record Read(long version, Instant at) {
    public void keepOn(RoutingContext request) {
      request.put(REQUEST_READ, this);
    }

    public static Optional<Read> keptOn(RoutingContext request) {
      return Optional.ofNullable(request.get(REQUEST_READ));
    }
  }

  @Inject AgroalDataSource dataSource;

  /** The current version: one single-row SELECT on a pooled connection, no transaction. Blocks. */
  public long current() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(SELECT);
        ResultSet row = statement.executeQuery()) {
      if (!row.next()) {
        throw new SQLException("data_version has no row");
      }
      return row.getLong(1);
    }
  }
}
