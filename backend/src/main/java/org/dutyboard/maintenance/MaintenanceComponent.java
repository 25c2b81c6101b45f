package org.dutyboard.maintenance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A component a maintenance window affects. */
@Entity
@Table(name = "maintenance_component")
public class MaintenanceComponent extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "maintenance_id", nullable = false)
  public UUID maintenanceId;

  @Column(name = "component_id", nullable = false)
  public UUID componentId;
}
