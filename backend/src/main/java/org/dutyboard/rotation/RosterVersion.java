package org.dutyboard.rotation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A roster in effect from one shift on; see ScheduleComposer. */
@Entity
@Table(name = "roster_version")
public class RosterVersion extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "rotation_id", nullable = false)
  public UUID rotationId;

  @Column(name = "from_index", nullable = false)
  public long fromIndex;

  @Column(name = "anchor_position", nullable = false)
  public int anchorPosition;

  @Column(name = "author", nullable = false)
  public String author;

  @Column(name = "reason")
  public String reason;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
