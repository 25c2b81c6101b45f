package org.dutyboard.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL starts while Quarkus boots; Quarkus gets the datasource settings only
 * once the database accepts connections, or the start's failure.
 */
class EmbeddedDatabaseConfigSourceTest {
  private static final EmbeddedDbConfig NOT_DURABLE =
      new SmallRyeConfigBuilder()
          .withMapping(EmbeddedDbConfig.class)
          .withDefaultValue("dutyboard.embedded-db.durable", "false")
          .build()
          .getConfigMapping(EmbeddedDbConfig.class);

  @Test
  void theSettingsArriveWhenTheDatabaseAcceptsConnections(@TempDir Path dataDir) throws Exception {
    try (EmbeddedDatabase database = EmbeddedDatabase.startInBackground(dataDir, NOT_DURABLE)) {
      ConfigSource settings = only(new EmbeddedDatabaseConfigSource().getConfigSources(null));
      assertThat(settings.getOrdinal()).isEqualTo(EmbeddedDatabaseConfigSource.ORDINAL);
      try (var connection =
          DriverManager.getConnection(
              settings.getValue("quarkus.datasource.jdbc.url"),
              settings.getValue("quarkus.datasource.username"),
              settings.getValue("quarkus.datasource.password"))) {
        assertThat(connection.isValid(1)).isTrue();
      }
      assertThat(EmbeddedDatabase.running()).isPresent();
    }
    assertThat(new EmbeddedDatabaseConfigSource().getConfigSources(null)).isEmpty();
    assertThat(EmbeddedDatabase.running()).isEmpty();
  }

  @Test
  void aFailedStartStopsQuarkusWithItsCause(@TempDir Path dataDir) throws Exception {
    Files.writeString(dataDir.resolve("postgres"), "a file where the data directory should be");
    try (EmbeddedDatabase database = EmbeddedDatabase.startInBackground(dataDir, NOT_DURABLE)) {
      assertThatThrownBy(() -> new EmbeddedDatabaseConfigSource().getConfigSources(null))
          .hasMessageContaining("postgres");
    }
  }

  @Test
  void anExternalDatabaseOrATestAddsNothing() {
    assertThat(new EmbeddedDatabaseConfigSource().getConfigSources(null)).isEmpty();
  }

  private static ConfigSource only(Iterable<ConfigSource> sources) {
    return StreamSupport.stream(sources.spliterator(), false)
        .reduce(
            (a, b) -> {
              throw new AssertionError("one source expected");
            })
        .orElseThrow();
  }
}
