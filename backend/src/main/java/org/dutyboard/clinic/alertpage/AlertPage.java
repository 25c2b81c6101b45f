package org.dutyboard.clinic.alertpage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An alert occurrence that paged someone, identified by fingerprint and start time. */
@Entity
@Table(name = "page")
public class AlertPage extends PanacheEntityBase {
  @Id public UUID id;

  @Column(nullable = false)
  public String fingerprint;

  @Column(name = "starts_at", nullable = false)
  public Instant startsAt;

  @Column(name = "ends_at")
  public Instant endsAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public AlertPageStatus status;

  @Column(name = "alert_name")
  public String alertName;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public Map<String, String> labels;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public Map<String, String> annotations;

  @Column(nullable = false)
  public String receiver;

  @Column(name = "generator_url")
  public String generatorUrl;

  /** The rotation reference the page was mapped with (label, URL or default), as given. */
  @Column(name = "rotation_ref")
  public String rotationRef;

  @Column(name = "rotation_id")
  public UUID rotationId;

  @Column(name = "team_id")
  public UUID teamId;

  /** The incident it belongs to; no foreign key until incidents are merged in. */
  @Column(name = "incident_id")
  public UUID incidentId;

  /** Deliveries received for this page, retries and repeats included. */
  @Column(nullable = false)
  public int notifications;

  @Column(name = "first_received_at", nullable = false)
  public Instant firstReceivedAt;

  @Column(name = "last_received_at", nullable = false)
  public Instant lastReceivedAt;

  @Version public long version;
}
