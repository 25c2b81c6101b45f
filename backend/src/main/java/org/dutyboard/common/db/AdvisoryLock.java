package org.dutyboard.common.db;

import jakarta.persistence.EntityManager;

/**
 * Transaction-scoped PostgreSQL advisory locks: they serialize work across replicas (scheduled
 * generation, start-up setup, concurrent deliveries of one notification) and are released at commit
 * or rollback, so a crashed replica never holds one.
 */
public final class AdvisoryLock {
  private AdvisoryLock() {}

  /** Takes the lock {@code key} for the current transaction; false when another holds it. */
  public static boolean tryForTransaction(EntityManager em, long key) {
    Boolean locked =
        (Boolean)
            em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, key)
                .getSingleResult();
    return Boolean.TRUE.equals(locked);
  }

  /**
   * Waits for the lock named {@code name} and holds it until the current transaction ends. Names
   * are hashed by PostgreSQL ({@code hashtextextended}), so callers choose readable names.
   */
  public static void awaitForTransaction(EntityManager em, String name) {
    em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
        .setParameter(1, name)
        .getSingleResult();
  }
}
