package org.dutyboard.rotation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One person's place in a rotation's roster. */
@Entity
@Table(name = "roster_entry")
public class RosterEntry extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "rotation_id", nullable = false)
  public UUID rotationId;

  @Column(name = "roster_version_id", nullable = false)
  public UUID rosterVersionId;

  @Column(nullable = false)
  public int position;

  @Column(name = "person_id", nullable = false)
  public UUID personId;
}
