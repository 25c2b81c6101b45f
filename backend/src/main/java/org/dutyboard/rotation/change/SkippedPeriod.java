package org.dutyboard.rotation.change;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Shifts starting in [startsAt, endsAt) have no one on duty ("No clinic duty this week"). */
@Entity
@Table(name = "skipped_period")
public class SkippedPeriod extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "rotation_id", nullable = false)
  public UUID rotationId;

  @Column(name = "starts_at", nullable = false)
  public Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  public Instant endsAt;

  @Column(name = "reason", nullable = false)
  public String reason;

  @Column(name = "author", nullable = false)
  public String author;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "cancelled_at")
  public Instant cancelledAt;

  @Column(name = "cancelled_by")
  public String cancelledBy;
}
