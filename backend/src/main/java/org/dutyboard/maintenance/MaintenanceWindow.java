package org.dutyboard.maintenance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * Planned work that may affect components. Title, message, planned times and status are public;
 * vendor reference, circuit id and internal notes are private (the ops-maintenance calendar's
 * details) and are never read by the status-site snapshot.
 */
@Entity
@Table(name = "maintenance_window")
public class MaintenanceWindow extends PanacheEntityBase {
  @Id public UUID id;

  @Column(nullable = false)
  public String title;

  /** The public announcement. */
  @Column(nullable = false)
  public String message;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public MaintenanceStatus status;

  @Column(name = "planned_start", nullable = false)
  public Instant plannedStart;

  @Column(name = "planned_end", nullable = false)
  public Instant plannedEnd;

  @Column(name = "vendor_reference")
  public String vendorReference;

  @Column(name = "circuit_id")
  public String circuitId;

  @Column(name = "internal_notes")
  public String internalNotes;

  /**
   * Whether the status site shows it. Windows people schedule are published; windows made from
   * vendor notifications stay private until a person publishes them.
   */
  @Column(nullable = false)
  public boolean published = true;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;
}
