package org.dutyboard.rotation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.dutyboard.rotation.schedule.ShiftPattern;

/** A rotation's settings. Roles and roster live in their own tables, ordered by position. */
@Entity
@Table(name = "rotation")
public class Rotation extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "team_id", nullable = false)
  public UUID teamId;

  @Column(nullable = false)
  public String name;

  public String description;

  @Column(name = "time_zone", nullable = false)
  public String timeZone;

  @Column(name = "starts_on", nullable = false)
  public LocalDate startsOn;

  /** ISO day of week (1 = Monday) of the handoff, or null for shifts not tied to a weekday. */
  @Column(name = "handoff_day")
  public Integer handoffDay;

  @Column(name = "handoff_time", nullable = false)
  public LocalTime handoffTime;

  @Column(name = "shift_length_days", nullable = false)
  public int shiftLengthDays;

  /** A {@link SkipPolicy} name: what a skipped shift does to the order of turns. */
  @Column(name = "skip_policy", nullable = false)
  public String skipPolicy = SkipPolicy.PAUSE.name();

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public ShiftPattern pattern() {
    return new ShiftPattern(
        ZoneId.of(timeZone),
        startsOn,
        handoffDay == null ? null : DayOfWeek.of(handoffDay),
        handoffTime,
        shiftLengthDays);
  }
}
