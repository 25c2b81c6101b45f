package org.dutyboard.incident.role;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Someone held an incident role from {@code assumedAt} until {@code handedOverAt} (or now). */
@Entity
@Table(name = "incident_role_assignment")
public class IncidentRoleAssignment extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "incident_id", nullable = false)
  public UUID incidentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public IncidentRole role;

  @Column(name = "person_id", nullable = false)
  public UUID personId;

  @Column(name = "assumed_at", nullable = false)
  public Instant assumedAt;

  @Column(name = "handed_over_at")
  public Instant handedOverAt;

  public boolean heldAt(Instant at) {
    return !assumedAt.isAfter(at) && (handedOverAt == null || handedOverAt.isAfter(at));
  }
}
