package org.dutyboard.maintenance.vendor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A provider's maintenance as its latest notification (highest SEQUENCE) describes it, and the
 * internal maintenance window it became. Everything here is private: the status-site snapshot never
 * reads it.
 */
@Entity
@Table(name = "vendor_maintenance")
public class VendorMaintenance extends PanacheEntityBase {
  @Id public UUID id;

  /** The internal window (a newer one when a cancelled maintenance was announced again). */
  @Column(name = "maintenance_id", nullable = false)
  public UUID maintenanceId;

  @Column(nullable = false)
  public String provider;

  @Column(name = "provider_key", nullable = false)
  public String providerKey;

  public String account;

  /** The provider's id of the maintenance (BCOP X-MAINTNOTE-MAINTENANCE-ID). */
  @Column(name = "provider_maintenance_id", nullable = false)
  public String providerMaintenanceId;

  @Column(name = "event_uid")
  public String eventUid;

  @Column(nullable = false)
  public int sequence;

  @Enumerated(EnumType.STRING)
  @Column(name = "vendor_status")
  public VendorMaintenanceStatus vendorStatus;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public MaintenanceImpact impact;

  public String summary;

  public String organizer;

  /** When the first notification arrived. */
  @Column(name = "received_at", nullable = false)
  public Instant receivedAt;

  /** When the latest applied notification arrived. */
  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  static Optional<VendorMaintenance> findByKey(String providerKey, String providerMaintenanceId) {
    return find(
            "providerKey = ?1 and providerMaintenanceId = ?2", providerKey, providerMaintenanceId)
        .firstResultOptional();
  }
}
