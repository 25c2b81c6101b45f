package org.dutyboard.maintenance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A public update of a maintenance window: the status it announces and its message. */
@Entity
@Table(name = "maintenance_update")
public class MaintenanceUpdateEntry extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "maintenance_id", nullable = false)
  public UUID maintenanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public MaintenanceStatus status;

  @Column(nullable = false)
  public String message;

  /** Who posted it; {@link MaintenanceTransitions#SYSTEM_AUTHOR} for automatic transitions. */
  @Column(nullable = false)
  public String author;

  /** Posted by the transition job rather than a person. */
  @Column(nullable = false)
  public boolean automatic;

  @Column(name = "posted_at", nullable = false)
  public Instant postedAt;
}
