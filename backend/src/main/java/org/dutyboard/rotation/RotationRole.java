package org.dutyboard.rotation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
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

  /** The rotation's roles in position order, as the schedule rules take them. */
  public static List<RoleAssignment.RoleSpec> specsOf(UUID rotationId) {
    return RotationRole.<RotationRole>list("rotationId", Sort.by("position"), rotationId).stream()
        .map(RotationRole::spec)
        .toList();
  }

  /** Stores the rotation's roles, the first at position 0. */
  public static void storeAll(UUID rotationId, List<RoleAssignment.RoleSpec> roles) {
    for (int i = 0; i < roles.size(); i++) {
      RotationRole role = new RotationRole();
      role.id = UUID.randomUUID();
      role.rotationId = rotationId;
      role.position = i;
      role.name = roles.get(i).name();
      role.rosterOffset = roles.get(i).rosterOffset();
      role.persist();
    }
  }
}
