package org.dutyboard.incident.postmortem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The postmortem (the follow-up write-up) of one incident. */
@Entity
@Table(name = "incident_report")
public class Postmortem extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "incident_id", nullable = false)
  public UUID incidentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PostmortemState state;

  public String summary;
  public String impact;

  @Column(name = "timeline_excerpt")
  public String timelineExcerpt;

  @Column(name = "root_causes")
  public String rootCauses;

  @Column(name = "went_well")
  public String wentWell;

  @Column(name = "went_poorly")
  public String wentPoorly;

  @Column(name = "published_at")
  public Instant publishedAt;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** The postmortem of an incident, if one was started. */
  public static Optional<Postmortem> forIncident(UUID incidentId) {
    return Postmortem.<Postmortem>find("incidentId", incidentId).firstResultOptional();
  }
}
