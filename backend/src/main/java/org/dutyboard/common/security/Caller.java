package org.dutyboard.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.dutyboard.common.error.DutyboardException;

/**
 * The caller of the current request and the one place authorization decisions are made. Services
 * call {@link #require(Role)} before they read or write anything.
 */
@RequestScoped
public class Caller {
  /** Set by the bearer mechanism on anonymous identities whose token was rejected. */
  public static final String AUTHENTICATION_FAILURE = "dutyboard.authentication-failure";

  /**
   * Set by the bearer mechanism when a token could not be checked because the database cannot be
   * reached: such a caller gets UNAVAILABLE (retry), never UNAUTHENTICATED (your token is wrong).
   */
  public static final String AUTHENTICATION_UNAVAILABLE = "dutyboard.authentication-unavailable";

  /**
   * Identity attribute (a UUID) naming the person an API token acts for; part of what the GraphQL
   * result cache keys answers by, since visibility differs per person.
   */
  public static final String PERSON_ID = "dutyboard.person-id";

  @Inject SecurityIdentity identity;

  private Set<Role> roles;

  /** The caller's effective roles, with implications applied; empty for anonymous callers. */
  public Set<Role> roles() {
    if (roles == null) {
      roles = effectiveRoles(resolvedIdentity().getRoles());
    }
    return roles;
  }

  public boolean isAuthenticated() {
    return !resolvedIdentity().isAnonymous();
  }

  public String name() {
    return isAuthenticated() ? resolvedIdentity().getPrincipal().getName() : "anonymous";
  }

  public boolean has(Role role) {
    return roles().contains(role);
  }

  /** Fails with UNAUTHENTICATED for anonymous callers and FORBIDDEN for missing roles. */
  public void require(Role role) {
    if (!isAuthenticated()) {
      String failure = resolvedIdentity().getAttribute(AUTHENTICATION_FAILURE);
      throw failure == null
          ? DutyboardException.unauthenticated()
          : DutyboardException.unauthenticated(failure);
    }
    if (!has(role)) {
      throw DutyboardException.forbidden("This operation needs the " + role.claimName() + " role");
    }
  }

  /**
   * Like {@link #require(Role)} for operations that any one of several roles may perform, e.g.
   * self-service duty actions (RESPONDER for oneself, SCHEDULER for anyone).
   */
  public void requireAny(Role first, Role second) {
    if (has(first) || has(second)) {
      return;
    }
    if (!isAuthenticated()) {
      require(first); // UNAUTHENTICATED, with the reason a token was rejected
    }
    throw DutyboardException.forbidden(
        "This operation needs the " + first.claimName() + " or " + second.claimName() + " role");
  }

  private SecurityIdentity resolvedIdentity() {
    try {
      identity.isAnonymous(); // authentication is lazy; a bad token fails here
      if (identity.getAttribute(AUTHENTICATION_UNAVAILABLE) != null) {
        throw DutyboardException.unavailable();
      }
      return identity;
    } catch (AuthenticationFailedException e) {
      throw DutyboardException.unauthenticated();
    }
  }

  /** Roles with implications applied, from role claim names. */
  public static Set<Role> effectiveRoles(Set<String> claims) {
    EnumSet<Role> result = EnumSet.noneOf(Role.class);
    claims.forEach(c -> Role.fromClaim(c).ifPresent(result::add));
    if (result.contains(Role.ADMIN)) {
      return EnumSet.allOf(Role.class);
    }
    if (result.stream().anyMatch(r -> r != Role.INGEST)) {
      result.add(Role.VIEWER);
    }
    return result;
  }
}
