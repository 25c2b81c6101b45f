package org.dutyboard.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A team owns rotations; its members are the people it can put on them. */
@Entity
@Table(name = "team")
public class Team extends PanacheEntityBase {
  @Id public UUID id;

  @Column(nullable = false, unique = true)
  public String name;

  public String description;

  @ManyToMany
  @JoinTable(
      name = "team_member",
      joinColumns = @JoinColumn(name = "team_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  public Set<Person> members = new HashSet<>();

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
