package org.dutyboard.component;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One set or clear of a component's manual status: the append-only override history. */
@Entity
@Table(name = "component_override_event")
public class ComponentOverrideEvent extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "component_id", nullable = false)
  public UUID componentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ComponentOverrideAction action;

  /** The status set; null for CLEAR. */
  @Enumerated(EnumType.STRING)
  public ComponentStatus status;

  public String reason;

  public Instant until;

  @Column(nullable = false)
  public String actor;

  @Column(nullable = false)
  public Instant at;
}
