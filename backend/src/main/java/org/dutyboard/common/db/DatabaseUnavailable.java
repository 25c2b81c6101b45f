package org.dutyboard.common.db;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

/**
 * Tells an infrastructure failure (the database cannot be reached, the pool timed out waiting for a
 * connection) from every other failure, so callers get {@code UNAVAILABLE} / 503 instead of an
 * internal error or, worse, "your token is wrong". Logs an outage once per {@link #LOG_EVERY}, with
 * its cause and without a stack trace, so a down database does not flood the log.
 */
public final class DatabaseUnavailable {
  /**
   * What {@code Retry-After} says on a 503: about how long a database restart or failover takes.
   */
  public static final int RETRY_AFTER_SECONDS = 5;

  static final Duration LOG_EVERY = Duration.ofSeconds(30);
  private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class);
  private static final AtomicLong lastLogged = new AtomicLong(Long.MIN_VALUE);
  private static final AtomicInteger suppressed = new AtomicInteger();

  private DatabaseUnavailable() {}

  /** Whether {@code failure} (or one of its causes) says the database cannot be reached. */
  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JDBCConnectionException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectException
          || t instanceof SocketTimeoutException) {
        return true;
      }
      if (t instanceof SQLException sql && isConnectionFailure(sql)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConnectionFailure(SQLException e) {
    String state = e.getSQLState();
    if (state != null
        && (state.startsWith("08") // connection exception
            || state.equals("57P01") // admin shutdown
            || state.equals("57P02") // crash shutdown
            || state.equals("57P03") // cannot connect now (starting up, recovering)
            || state.equals("53300"))) { // too many connections
      return true;
    }
    // Agroal reports a pool that waited acquisition-timeout for a connection without a state.
    String message = e.getMessage();
    return message != null && message.toLowerCase().contains("acquisition timeout");
  }

  /** Logs the outage (rate-limited, one line with the cause) and returns the caller's error. */
  public static void report(Throwable failure) {
    long now = System.nanoTime();
    long last = lastLogged.get();
    if (last != Long.MIN_VALUE && now - last < LOG_EVERY.toNanos()) {
      suppressed.incrementAndGet();
      LOG.debugf("Database unavailable: %s", rootCause(failure));
      return;
    }
    if (lastLogged.compareAndSet(last, now)) {
      int more = suppressed.getAndSet(0);
      LOG.warnf(
          "Database unavailable, answering UNAVAILABLE/503 until it is back: %s%s",
          rootCause(failure),
          more > 0 ? " (" + more + " more failures since the last report)" : "");
    }
  }

  static String rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : ": " + root.getMessage();
    return (root.getClass().getSimpleName() + message).replaceAll("\\p{Cntrl}", " ");
  }
}
