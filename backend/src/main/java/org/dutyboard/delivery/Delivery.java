package org.dutyboard.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One week's report on one channel of one team: created once (unique key) when the week is
 * produced, with the message as it will be sent; then claimed, sent and recorded by {@link
 * DeliveryQueue}. Rows are written with SQL there; this mapping is for reads.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "team_id", nullable = false)
  public UUID teamId;

  @Column(name = "meeting_date", nullable = false)
  public LocalDate meetingDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public DeliveryChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public DeliveryState state;

  @Column(nullable = false)
  public String subject;

  @Column(name = "body_html")
  public String bodyHtml;

  @Column(name = "body_text", nullable = false)
  public String bodyText;

  @Column(name = "report_url", nullable = false)
  public String reportUrl;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  public Instant nextAttemptAt;

  @Column(name = "lease_until")
  public Instant leaseUntil;

  public UUID claim;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "sent_at")
  public Instant sentAt;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
