package org.dutyboard.clinic.requests;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A request the clinic duty triages. Requested values and approvals live in their own tables. */
@Entity
@Table(name = "clinic_request")
public class ClinicRequest extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "team_id", nullable = false)
  public UUID teamId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public RequestKind kind;

  @Column(nullable = false)
  public String title;

  /** Who asked, as named in the ticket (e.g. a Phabricator user). */
  @Column(nullable = false)
  public String requester;

  /** The requester as a Dutyboard person, when they are one; they may not approve. */
  @Column(name = "requester_person_id")
  public UUID requesterPersonId;

  @Column(name = "ticket_url")
  public String ticketUrl;

  public String details;

  @Column(nullable = false)
  public boolean unsure;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public RequestState state;

  /** Why the policy sent it to the meeting, one reason per line; null when it did not. */
  @Column(name = "review_reasons")
  public String reviewReasons;

  @Column(name = "meeting_decided_at")
  public Instant meetingDecidedAt;

  @Column(name = "meeting_note")
  public String meetingNote;

  @Column(name = "closed_at")
  public Instant closedAt;

  @Column(name = "closed_by_person_id")
  public UUID closedByPersonId;

  @Column(name = "closed_by_name")
  public String closedByName;

  @Column(name = "close_note")
  public String closeNote;

  @Column(name = "created_by_name", nullable = false)
  public String createdByName;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** True once the weekly meeting approved it; stands in for a personal approval. */
  boolean approvedByMeeting() {
    return meetingDecidedAt != null && state != RequestState.DECLINED;
  }
}
