package org.dutyboard.publish;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

/** Published sites live in the shared database: any replica serves them, nothing on disk is. */
@QuarkusTest
class PublishedSitesTest {
  @Inject PublishedSites sites;
  @Inject StatusSitePublisher publisher;
  @Inject AgroalDataSource dataSource;

  @Test
  void theStatusSiteIsServedFromTheDatabaseNotFromThisReplicasDisk() throws Exception {
    GraphQl.admin().ok(StatusSitePrivacyTest.PUBLISH);
    String before = given().get("/status/").then().statusCode(200).extract().asString();

    // A replica that did not publish has no local copy at all.
    try (var walk = Files.walk(publisher.outputDir())) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    given().get("/status/").then().statusCode(200).body(containsString("<h1"));
    assertThat(given().get("/status/").asString()).isEqualTo(before);
  }

  @Test
  void symlinksInAVersionAreNeverFollowedNorServed() throws Exception {
    Path version = Files.createTempDirectory("published-version").resolve("v1");
    Files.createDirectories(version.resolve("sub"));
    Files.writeString(version.resolve("index.html"), "<h1>ok</h1>", StandardCharsets.UTF_8);
    Path secret = Files.createTempFile("outside", ".txt");
    Files.writeString(secret, "secret outside the site");
    Files.createSymbolicLink(version.resolve("leak.txt"), secret);
    Files.createSymbolicLink(version.resolve("sub/etc"), Path.of("/etc"));

    QuarkusTransaction.requiringNew().run(() -> sites.record("symlink-test", version, null, 2));

    PublishedSites.Live live = sites.live("symlink-test").orElseThrow();
    assertThat(sites.manifest("symlink-test", live.version()).files())
        .containsOnlyKeys("index.html");
  }

  @Test
  void aReplicaKilledMidPublishDoesNotStopTheNextPublish() throws Exception {
    // "Replica A" takes the generation lock in its publishing transaction and then dies: its
    // connection goes away with the process, and with it the transaction-scoped lock.
    var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
    Connection replicaA =
        java.sql.DriverManager.getConnection(
            config.getValue("quarkus.datasource.jdbc.url", String.class),
            config.getValue("quarkus.datasource.username", String.class),
            config.getValue("quarkus.datasource.password", String.class));
    replicaA.setAutoCommit(false);
    int pid;
    try (PreparedStatement lock = replicaA.prepareStatement("select pg_advisory_xact_lock(?)")) {
      lock.setLong(1, StatusSitePublisher.LOCK_KEY);
      lock.execute();
    }
    try (Statement s = replicaA.createStatement();
        ResultSet r = s.executeQuery("select pg_backend_pid()")) {
      r.next();
      pid = r.getInt(1);
    }
    assertThat(publisher.publish().outcome()).isEqualTo(StatusSitePublishOutcome.LOCKED_ELSEWHERE);

    try (Connection admin = dataSource.getConnection();
        PreparedStatement kill = admin.prepareStatement("select pg_terminate_backend(?)")) {
      kill.setInt(1, pid);
      kill.execute();
      awaitBackendGone(admin, pid); // pg_terminate_backend only signals; the lock goes on exit
    }
    assertThat(publisher.publish().outcome())
        .isIn(StatusSitePublishOutcome.PUBLISHED, StatusSitePublishOutcome.UNCHANGED);
    try {
      replicaA.close();
    } catch (Exception ignored) {
      // the connection is already gone
    }
  }

  private static void awaitBackendGone(Connection admin, int pid) throws Exception {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    try (PreparedStatement alive =
        admin.prepareStatement("select count(*) from pg_stat_activity where pid = ?")) {
      alive.setInt(1, pid);
      while (System.nanoTime() < deadline) {
        try (ResultSet r = alive.executeQuery()) {
          r.next();
          if (r.getInt(1) == 0) {
            return;
          }
        }
        Thread.onSpinWait();
      }
    }
    throw new AssertionError("backend " + pid + " still running 10 s after pg_terminate_backend");
  }
}
