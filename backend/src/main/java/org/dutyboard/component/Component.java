package org.dutyboard.component;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
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

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
