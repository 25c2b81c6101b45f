package org.dutyboard.publish;

import jakarta.persistence.EntityManager;

/**
 * PostgreSQL advisory locks that keep scheduled generation to one replica at a time. The lock is
 * transaction-scoped: it is released at commit or rollback, so a crashed replica never holds it.
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
}
