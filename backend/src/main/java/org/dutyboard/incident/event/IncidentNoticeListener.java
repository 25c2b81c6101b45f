package org.dutyboard.incident.event;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Receives incident notices from every replica over one dedicated PostgreSQL connection (LISTEN,
 * outside the pool so it never holds a pooled connection), on a daemon thread. When the database
 * goes away it reconnects every second; notices sent while it was disconnected are not replayed (a
 * dashboard reloads on reconnect).
 */
@ApplicationScoped
class IncidentNoticeListener {
  private static final Logger LOG = Logger.getLogger(IncidentNoticeListener.class);
  private static final int POLL_MILLIS = 500;
  private static final int PROBE_EVERY_POLLS = 20;

  @Inject IncidentEvents events;

  private volatile boolean running;
  private Thread thread;

  void start(@Observes StartupEvent startup) {
    running = true;
    thread = new Thread(this::listen, "incident-notices");
    thread.setDaemon(true);
    thread.start();
  }

  void stop(@Observes ShutdownEvent shutdown) {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }

  private void listen() {
    boolean lost = false;
    while (running) {
      try (Connection connection = open();
          Statement statement = connection.createStatement()) {
        statement.execute("LISTEN " + IncidentNotice.CHANNEL);
        if (lost) {
          LOG.info("Incident notifications: listening again");
          lost = false;
        }
        poll(connection.unwrap(PGConnection.class), statement);
      } catch (SQLException e) {
        if (running && !lost) {
          LOG.warnf("Incident notifications: connection lost (%s); reconnecting", e.getMessage());
          lost = true;
        }
        pause();
      }
    }
  }

  private void poll(PGConnection connection, Statement statement) throws SQLException {
    int polls = 0;
    while (running) {
      PGNotification[] notices = connection.getNotifications(POLL_MILLIS);
      if (notices != null) {
        for (PGNotification notice : notices) {
          dispatch(notice.getParameter());
        }
      }
      if (++polls % PROBE_EVERY_POLLS == 0) {
        statement.execute("select 1"); // notices a half-open connection
      }
    }
  }

  private void dispatch(String payload) {
    try {
      events.received(payload);
    } catch (RuntimeException e) {
      LOG.warnf("Incident notification not delivered: %s", e.toString());
    }
  }

  private static Connection open() throws SQLException {
    Config config = ConfigProvider.getConfig();
    return DriverManager.getConnection(
        config.getValue("quarkus.datasource.jdbc.url", String.class),
        config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
        config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
