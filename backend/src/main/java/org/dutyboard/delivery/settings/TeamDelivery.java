package org.dutyboard.delivery.settings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Where a team's weekly report goes, and whether its "who is on duty" line is public. */
@Entity
@Table(name = "team_delivery")
public class TeamDelivery extends PanacheEntityBase {
  @Id
  @Column(name = "team_id")
  public UUID teamId;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public String[] recipients = new String[0];

  /** A secret: whoever knows it can post to the channel. Never returned in full, never logged. */
  @Column(name = "chat_webhook_url")
  public String chatWebhookUrl;

  @Column(name = "duty_line_public", nullable = false)
  public boolean dutyLinePublic;

  @Version public long version;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
