package org.dutyboard.incident.statusupdate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.dutyboard.component.ComponentStatus;

/** A component's status as one public status update states it. */
@Entity
@Table(name = "status_update_component")
public class StatusUpdateComponent extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "status_update_id", nullable = false)
  public UUID statusUpdateId;

  @Column(name = "component_id", nullable = false)
  public UUID componentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "component_status", nullable = false)
  public ComponentStatus componentStatus;
}
