package org.dutyboard.component;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A part of the service the public status page reports on (e.g. "Wikis", "Login"). */
@Entity
@Table(name = "component")
public class Component extends PanacheEntityBase {
  @Id public UUID id;

  @Column(nullable = false)
  public String name;

  public String description;

  /** Heading the status page groups the component under; null for ungrouped. */
  @Column(name = "group_name")
  public String groupName;

  @Column(name = "display_order", nullable = false)
  public int displayOrder;

  /** Hidden from the status page while operational (e.g. rarely used internals). */
  @Column(name = "show_only_when_degraded", nullable = false)
  public boolean showOnlyWhenDegraded;

  /** A status set by hand (recorded in {@link ComponentOverrideEvent}); null when none. */
  @Enumerated(EnumType.STRING)
  @Column(name = "override_status")
  public ComponentStatus overrideStatus;

  @Column(name = "override_reason")
  public String overrideReason;

  /** The override applies until then; null for "until cleared". */
  @Column(name = "override_until")
  public Instant overrideUntil;

  @Column(name = "override_set_by")
  public String overrideSetBy;

  @Column(name = "override_set_at")
  public Instant overrideSetAt;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** The manual status in force at {@code now}, if any. */
  public Optional<ComponentStatus> overrideAt(Instant now) {
    return overrideStatus != null && (overrideUntil == null || overrideUntil.isAfter(now))
        ? Optional.of(overrideStatus)
        : Optional.empty();
  }
}
