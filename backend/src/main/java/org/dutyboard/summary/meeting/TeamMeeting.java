package org.dutyboard.summary.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.dutyboard.rotation.Weekday;

/** When a team holds its weekly SRE meeting; the summary week runs from meeting to meeting. */
@Entity
@Table(name = "team_meeting")
public class TeamMeeting extends PanacheEntityBase {
  @Id
  @Column(name = "team_id")
  public UUID teamId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Weekday weekday;

  @Column(name = "local_time", nullable = false)
  public LocalTime localTime;

  @Column(name = "time_zone", nullable = false)
  public String timeZone;

  @Version public long version;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public MeetingWeek week() {
    return new MeetingWeek(weekday.toDayOfWeek(), localTime, ZoneId.of(timeZone));
  }
}
