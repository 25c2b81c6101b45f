package org.dutyboard.followup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A task that came out of an incident: fix, prevent, detect sooner. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "incident_id", nullable = false)
  public UUID incidentId;

  @Column(nullable = false)
  public String title;

  public String description;

  @Column(name = "owner_id")
  public UUID ownerId;

  @Column(name = "due_on")
  public LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public FollowUpPriority priority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public FollowUpKind kind;

  /** Comma-separated tags from the configured set. */
  @Column(nullable = false)
  public String tags;

  @Column(name = "ticket_url")
  public String ticketUrl;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public FollowUpStatus status;

  @Column(name = "wont_do_reason")
  public String wontDoReason;

  @Column(name = "completed_at")
  public Instant completedAt;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public List<String> tagList() {
    return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
  }
}
