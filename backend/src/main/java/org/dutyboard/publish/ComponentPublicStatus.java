package org.dutyboard.publish;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.dutyboard.site.model.ComponentStatus;

/**
 * The status a component last had on the public site, and since when (see {@link
 * ComponentStatusChanges}).
 */
@Entity
@Table(name = "component_public_status")
public class ComponentPublicStatus {
  @Id
  @Column(name = "component_id")
  public UUID componentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public ComponentStatus status;

  @Column(name = "changed_at", nullable = false)
  public Instant changedAt;
}
