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

/** One entry of a rotation's schedule history. */
@Entity
@Table(name = "schedule_change")
public class ScheduleChange extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "rotation_id", nullable = false)
  public UUID rotationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  public ScheduleChangeKind kind;

  @Column(name = "summary", nullable = false)
  public String summary;

  @Column(name = "reason")
  public String reason;

  @Column(name = "author", nullable = false)
  public String author;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
