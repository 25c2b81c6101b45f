package org.dutyboard.rotation.handoff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What the outgoing holder of a role tells the incoming one at a shift boundary, and the incoming
 * holder's acknowledgement. A row exists once either has acted; until then the handoff is derived.
 */
@Entity
@Table(name = "handoff")
public class Handoff extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "rotation_id", nullable = false)
  public UUID rotationId;

  /** The incoming shift: the handoff happens at its start. */
  @Column(name = "shift_index", nullable = false)
  public long shiftIndex;

  @Column(nullable = false)
  public String role;

  @Column(name = "outgoing_person_id")
  public UUID outgoingPersonId;

  @Column(name = "incoming_person_id")
  public UUID incomingPersonId;

  public String notes;

  /** Newline-separated links to incidents, follow-ups or tickets. */
  public String links;

  @Column(name = "written_at")
  public Instant writtenAt;

  @Column(name = "written_by")
  public String writtenBy;

  @Column(name = "acknowledged_at")
  public Instant acknowledgedAt;

  @Column(name = "acknowledged_by")
  public String acknowledgedBy;

  @Version public long version;
}
