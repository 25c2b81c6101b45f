package org.dutyboard.rotation.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A secret calendar subscription URL for one rotation or one person (exactly one of the two). Only
 * the SHA-256 of the secret is stored, like API tokens.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "rotation_id")
  public UUID rotationId;

  @Column(name = "person_id")
  public UUID personId;

  @Column(name = "token_hash", nullable = false, unique = true)
  public String tokenHash;

  @Column(nullable = false)
  public String author;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  /** The active (not revoked) feed whose secret hashes to {@code hash}. */
  public static Optional<CalendarFeed> findActiveByHash(String hash) {
    return find("tokenHash = ?1 and revokedAt is null", hash).firstResultOptional();
  }
}
