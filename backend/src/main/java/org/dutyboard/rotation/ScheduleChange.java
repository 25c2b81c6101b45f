package org.dutyboard.rotation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

  @Column(name = "kind", nullable = false)
  public String kind;

  @Column(name = "summary", nullable = false)
  public String summary;

  @Column(name = "reason")
  public String reason;

  @Column(name = "author", nullable = false)
  public String author;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
