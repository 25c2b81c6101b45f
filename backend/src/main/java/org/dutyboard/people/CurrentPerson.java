package org.dutyboard.people;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which {@link Person} the caller is. An API token bound to a person ({@code personId}) acts as
 * that person; a JWT acts as the person whose handle equals its {@code preferred_username} claim
 * (or, without one, its {@code upn}). Machine tokens without a person are nobody: they may read and
 * automate, but not do what only a human may (declare an incident, close it as coordinator).
 */
@RequestScoped
public class CurrentPerson {
  /** Identity attribute (a UUID) set by {@link ApiTokenIdentityProvider} for person tokens. */
  public static final String PERSON_ID = Caller.PERSON_ID;

  @Inject SecurityIdentity identity;
  @Inject Caller caller;

  private Optional<UUID> resolved;

  public Optional<UUID> id() {
    if (resolved == null) {
      resolved = caller.isAuthenticated() ? personOf(identity) : Optional.empty();
    }
    return resolved;
  }

  /** The caller's person, or FORBIDDEN explaining how to act as one. */
  public UUID require(String action) {
    return id().orElseThrow(
            () ->
                DutyboardException.forbidden(
                    action
                        + " needs a caller who is a person: use an API token bound to a person"
                        + " or a JWT whose preferred_username is a person's handle"));
  }

  /** The person an authenticated identity acts for; needs a transaction (it may query). */
  public static Optional<UUID> personOf(SecurityIdentity identity) {
    Object attribute = identity.getAttribute(PERSON_ID);
    if (attribute instanceof UUID id) {
      return Optional.of(id);
    }
    if (identity.getPrincipal() instanceof JsonWebToken jwt) {
      String handle = jwt.getClaim("preferred_username");
      if (handle == null) {
        handle = jwt.getClaim("upn");
      }
      if (handle != null) {
        return Person.<Person>find("handle", handle).firstResultOptional().map(p -> p.id);
      }
    }
    return Optional.empty();
  }
}
