package org.dutyboard.incident.statusupdate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A message written for the public status page. Public only while its incident is PUBLIC; never
 * derived from the internal timeline.
 */
@Entity
@Table(name = "status_update")
public class StatusUpdate extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "incident_id", nullable = false)
  public UUID incidentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PublicStatus status;

  @Column(nullable = false)
  public String message;

  @Column(name = "posted_at", nullable = false)
  public Instant postedAt;

  @Column(nullable = false)
  public String author;
}
