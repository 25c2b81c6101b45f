package org.dutyboard.rotation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A roster in effect from one shift on; see ScheduleComposer. */
@Entity
@Table(name = "roster_version")
public class RosterVersion extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "rotation_id", nullable = false)
  public UUID rotationId;

  @Column(name = "from_index", nullable = false)
  public long fromIndex;

  @Column(name = "anchor_position", nullable = false)
  public int anchorPosition;

  @Column(name = "author", nullable = false)
  public String author;

  @Column(name = "reason")
  public String reason;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** Stores a roster version of {@code people}, in roster order, with its entries. */
  public static RosterVersion store(
      UUID rotationId,
      long fromIndex,
      int anchorPosition,
      List<UUID> people,
      String author,
      String reason,
      Instant createdAt) {
    RosterVersion version = new RosterVersion();
    version.id = UUID.randomUUID();
    version.rotationId = rotationId;
    version.fromIndex = fromIndex;
    version.anchorPosition = anchorPosition;
    version.author = author;
    version.reason = reason;
    version.createdAt = createdAt;
    version.persist();
    for (int i = 0; i < people.size(); i++) {
      RosterEntry entry = new RosterEntry();
      entry.id = UUID.randomUUID();
      entry.rotationId = rotationId;
      entry.rosterVersionId = version.id;
      entry.position = i;
      entry.personId = people.get(i);
      entry.persist();
    }
    return version;
  }
}
