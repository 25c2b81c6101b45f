package org.dutyboard.maintenance.vendor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A service object (circuit) of a vendor maintenance, its impact and its status-page component. */
@Entity
@Table(name = "vendor_maintenance_circuit")
public class VendorCircuit extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "vendor_maintenance_id", nullable = false)
  public UUID vendorMaintenanceId;

  /** Order in the notification. */
  @Column(nullable = false)
  public int position;

  @Column(name = "circuit_id", nullable = false)
  public String circuitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public MaintenanceImpact impact;

  /** From dutyboard.maintenance.vendor.circuit-components; null when the circuit is not mapped. */
  @Column(name = "component_id")
  public UUID componentId;
}
