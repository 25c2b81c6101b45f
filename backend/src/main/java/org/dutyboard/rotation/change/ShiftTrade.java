package org.dutyboard.rotation.change;

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

/** Two people swap shifts (or one covers the other's); may need the counterpart's acceptance. */
@Entity
@Table(name = "shift_trade")
public class ShiftTrade extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "rotation_id", nullable = false)
  public UUID rotationId;

  @Column(name = "role", nullable = false)
  public String role;

  @Column(name = "shift_a", nullable = false)
  public long shiftA;

  @Column(name = "requester_id", nullable = false)
  public UUID requesterId;

  @Column(name = "shift_b")
  public Long shiftB;

  @Column(name = "counterpart_id", nullable = false)
  public UUID counterpartId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public TradeStatus status;

  @Column(name = "requires_acceptance", nullable = false)
  public boolean requiresAcceptance;

  @Column(name = "reason", nullable = false)
  public String reason;

  @Column(name = "author", nullable = false)
  public String author;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "decided_by")
  public String decidedBy;

  @Version public long version;
}
