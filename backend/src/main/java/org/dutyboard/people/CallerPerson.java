package org.dutyboard.people;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which person the caller is, for rules like "only the counterpart accepts a trade": an API token
 * issued for a person ({@code createApiToken(personId:)}), or a JWT whose {@code
 * preferred_username} (else {@code upn}, else {@code sub}) equals a person's handle.
 */
@RequestScoped
public class CallerPerson {
  /** Identity attribute carrying the person id of a person-bound API token. */
  public static final String PERSON_ID = "dutyboard.person-id";

  @Inject SecurityIdentity identity;

  private Optional<UUID> resolved;

  public Optional<UUID> personId() {
    if (resolved == null) {
      resolved = resolve();
    }
    return resolved;
  }

  private Optional<UUID> resolve() {
    if (identity.isAnonymous()) {
      return Optional.empty();
    }
    String bound = identity.getAttribute(PERSON_ID);
    if (bound != null) {
      return Optional.of(UUID.fromString(bound));
    }
    if (identity.getPrincipal() instanceof JsonWebToken jwt) {
      String handle =
          Optional.ofNullable(jwt.<String>getClaim("preferred_username"))
              .or(() -> Optional.ofNullable(jwt.<String>getClaim("upn")))
              .orElse(jwt.getSubject());
      return Person.<Person>find("handle", handle).firstResultOptional().map(p -> p.id);
    }
    return Optional.empty();
  }
}
