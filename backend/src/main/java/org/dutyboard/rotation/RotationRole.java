package org.dutyboard.rotation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A role filled on every shift of a rotation, e.g. primary or backup. */
@Entity
@Table(name = "rotation_role")
public class RotationRole extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "rotation_id", nullable = false)
  public UUID rotationId;

  /** 0 for the first role (primary, clinician), 1 for the next, and so on. */
  @Column(nullable = false)
  public int position;

  @Column(nullable = false)
  public String name;

  /** See {@link RoleAssignment}: roster position of this role's holder relative to the shift. */
  @Column(name = "roster_offset", nullable = false)
  public int rosterOffset;

  public RoleAssignment.RoleSpec spec() {
    return new RoleAssignment.RoleSpec(name, rosterOffset);
  }
}
