package org.dutyboard.rotation.schedule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A person pinned to a role of one shift, e.g. from an imported table. */
@Entity
@Table(name = "explicit_assignment")
public class ExplicitAssignment extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "rotation_id", nullable = false)
  public UUID rotationId;

  @Column(name = "shift_index", nullable = false)
  public long shiftIndex;

  @Column(name = "role", nullable = false)
  public String role;

  @Column(name = "person_id", nullable = false)
  public UUID personId;

  @Column(name = "import_id")
  public UUID importId;
}
