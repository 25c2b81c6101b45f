package org.dutyboard.clinic.alertpage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Who held a role of the page's rotation when the page started. */
@Entity
@Table(name = "page_attribution")
public class AlertPageAttribution extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "page_id", nullable = false)
  public UUID pageId;

  /** The role's position in the rotation (0 = primary). */
  @Column(nullable = false)
  public int position;

  @Column(nullable = false)
  public String role;

  @Column(name = "person_id", nullable = false)
  public UUID personId;
}
