package org.dutyboard.clinic.notes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A note on a team's week; the summary shows important ones in bold. */
@Entity
@Table(name = "week_note")
public class WeekNote extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "team_id", nullable = false)
  public UUID teamId;

  /** Places the note in the week whose range contains it. */
  @Column(name = "note_at", nullable = false)
  public Instant at;

  @Column(nullable = false)
  public String text;

  public String link;

  @Column(nullable = false)
  public boolean important;

  @Column(name = "author_person_id")
  public UUID authorPersonId;

  @Column(name = "author_name", nullable = false)
  public String authorName;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
