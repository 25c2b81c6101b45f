package org.dutyboard.rotation.tableimport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One imported schedule table. */
@Entity
@Table(name = "schedule_import")
public class ScheduleImport extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "rotation_id", nullable = false)
  public UUID rotationId;

  @Column(name = "rows", nullable = false)
  public int rows;

  @Column(name = "author", nullable = false)
  public String author;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
