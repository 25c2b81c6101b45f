package org.dutyboard;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.dutyboard.common.db.EmbeddedDatabase;

/**
 * Starts Dutyboard. Without an external database URL it first starts an embedded PostgreSQL so a
 * newcomer needs nothing but a JDK; the same artifact uses an external PostgreSQL when {@code
 * QUARKUS_DATASOURCE_JDBC_URL} is set.
 */
@QuarkusMain
public final class DutyboardMain {
  /** Longest a SIGTERM waits for Quarkus to drain before the embedded database stops anyway. */
  private static final long DRAIN_WAIT_MILLIS = 60_000;

  private DutyboardMain() {}

  public static void main(String... args) {
    EmbeddedDatabase database = EmbeddedDatabase.startIfNeeded();
    // On SIGTERM Quarkus drains in-flight requests (quarkus.shutdown.timeout) in its own shutdown
    // hook; the database they use stops only once Quarkus has stopped.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  awaitQuarkusStopped();
                  database.close();
                },
                "embedded-postgres-stop"));
    try {
      Quarkus.run(args);
    } finally {
      database.close();
    }
  }

  private static void awaitQuarkusStopped() {
    Application application = Application.currentApplication();
    if (application == null) {
      return;
    }
    Thread waiter = new Thread(application::awaitShutdown, "await-quarkus-stopped");
    waiter.setDaemon(true);
    waiter.start();
    try {
      waiter.join(DRAIN_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
