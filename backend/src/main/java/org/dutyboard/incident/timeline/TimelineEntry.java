package org.dutyboard.incident.timeline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of an incident's living status document. Append-only (a trigger enforces it). */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "incident_id", nullable = false)
  public UUID incidentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public TimelineKind kind;

  /** When it happened; may be in the past ("restarted the DB at 14:02"). */
  @Column(name = "occurred_at", nullable = false)
  public Instant occurredAt;

  /** When it was written down. */
  @Column(name = "written_at", nullable = false)
  public Instant writtenAt;

  @Column(nullable = false)
  public String author;

  @Column(name = "author_person_id")
  public UUID authorPersonId;

  @Column(nullable = false)
  public String text;

  @Column(name = "corrects_entry_id")
  public UUID correctsEntryId;
}
