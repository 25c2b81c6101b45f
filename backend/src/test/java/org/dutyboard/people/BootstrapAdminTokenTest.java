package org.dutyboard.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Replicas starting together all run the bootstrap step against one database. */
@QuarkusTest
class BootstrapAdminTokenTest {
  private static final int REPLICAS = 6;

  @Inject ApiTokenService tokens;

  @AfterEach
  void restoreTheTestsAdminToken() {
    tokens.ensureBootstrapToken(GraphQl.ADMIN_TOKEN);
  }

  @Test
  void replicasStartingTogetherWithANewSecretAllStartAndLeaveOneActiveBootstrapToken()
      throws Exception {
    // As on a fresh database: no active bootstrap token whose row the replicas would queue on.
    QuarkusTransaction.requiringNew()
        .run(() -> ApiToken.update("revokedAt = ?1 where bootstrap = true", Instant.now()));
    String secret = "bootstrap-rotated-" + System.nanoTime();
    CyclicBarrier together = new CyclicBarrier(REPLICAS);
    ExecutorService replicas = Executors.newFixedThreadPool(REPLICAS);
    try {
      List<Future<?>> starts = new ArrayList<>();
      for (int i = 0; i < REPLICAS; i++) {
        starts.add(
            replicas.submit(
                () -> {
                  together.await(10, TimeUnit.SECONDS);
                  tokens.ensureBootstrapToken(secret);
                  return null;
                }));
      }
      for (Future<?> start : starts) {
        start.get(30, TimeUnit.SECONDS); // rethrows a replica's failure, e.g. a duplicate key
      }
    } finally {
      replicas.shutdownNow();
    }

    long active =
        QuarkusTransaction.requiringNew()
            .call(() -> ApiToken.count("bootstrap = true and revokedAt is null"));
    assertThat(active).as("active bootstrap tokens").isEqualTo(1);
    assertThat(tokens.authenticate(secret)).as("the new secret signs in").isPresent();
  }
}
