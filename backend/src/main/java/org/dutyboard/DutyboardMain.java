package org.dutyboard;

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
  private DutyboardMain() {}

  public static void main(String... args) {
    try (EmbeddedDatabase database = EmbeddedDatabase.startIfNeeded()) {
      Quarkus.run(args);
    }
  }
}
