package org.dutyboard.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Someone who can be on duty. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {
  @Id public UUID id;

  @Column(nullable = false)
  public String name;

  /** Unique chat/login handle, e.g. {@code ana}; how rosters and imports name people. */
  @Column(nullable = false, unique = true)
  public String handle;

  public String email;

  @Column(name = "time_zone", nullable = false)
  public String timeZone;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
