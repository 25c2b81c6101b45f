package org.dutyboard.incident;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A component an incident affects. */
@Entity
@Table(name = "incident_component")
public class IncidentComponent extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "incident_id", nullable = false)
  public UUID incidentId;

  @Column(name = "component_id", nullable = false)
  public UUID componentId;
}
