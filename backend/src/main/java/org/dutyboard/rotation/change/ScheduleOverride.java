package org.dutyboard.rotation.change;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Replaces, removes or adds the holder of a role for a time range. */
@Entity
@Table(name = "schedule_override")
public class ScheduleOverride extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "rotation_id", nullable = false)
  public UUID rotationId;

  @Column(name = "role", nullable = false)
  public String role;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  public OverrideKind kind;

  @Column(name = "person_id")
  public UUID personId;

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
