package org.dutyboard.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dutyboard.common.security.Role;

/** A revocable machine credential. Only the SHA-256 of the secret is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {
  @Id public UUID id;

  @Column(nullable = false)
  public String name;

  @Column(name = "token_hash", nullable = false, unique = true)
  public String tokenHash;

  /** Comma-separated role claim names; see {@link #roleSet()}. */
  @Column(nullable = false)
  public String roles;

  @Column(name = "person_id")
  public UUID personId;

  @Column(nullable = false)
  public boolean bootstrap;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  public static Optional<ApiToken> findByHash(String hash) {
    return find("tokenHash", hash).firstResultOptional();
  }

  public Set<Role> roleSet() {
    EnumSet<Role> set = EnumSet.noneOf(Role.class);
    Arrays.stream(roles.split(",")).forEach(r -> Role.fromClaim(r.trim()).ifPresent(set::add));
    return set;
  }

  public void setRoles(Set<Role> roleSet) {
    roles = roleSet.stream().map(Role::claimName).sorted().collect(Collectors.joining(","));
  }

  public boolean isActiveAt(Instant now) {
    return isActive(revokedAt, expiresAt, now);
  }

  static boolean isActive(Instant revokedAt, Instant expiresAt, Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }
}
