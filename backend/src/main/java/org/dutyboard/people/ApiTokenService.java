package org.dutyboard.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dutyboard.common.db.AdvisoryLock;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.jboss.logging.Logger;

/** Issues, checks and revokes API tokens. Only admins manage tokens. */
@ApplicationScoped
@Transactional
public class ApiTokenService {
  private static final Logger LOG = Logger.getLogger(ApiTokenService.class);
  static final String BOOTSTRAP_NAME = "bootstrap-admin";

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject PeopleService people;
  @Inject EntityManager em;

  private final VerifiedTokens verified = new VerifiedTokens();

  /** The identity an accepted token stands for. */
  public record Authenticated(String name, Set<Role> roles, UUID personId) {}

  /**
   * Called during authentication, before any caller exists; never logs the secret. {@code
   * dataVersion} is the data version read before this call: a token already read at that version is
   * not looked up again.
   */
  @Transactional(TxType.SUPPORTS)
  public Optional<Authenticated> authenticate(String secret, long dataVersion) {
    Instant now = clock.instant();
    String hash = TokenSecrets.hash(secret);
    Optional<VerifiedTokens.Known> token = verified.at(dataVersion, hash, now);
    if (token.isEmpty()) {
      token = lookUp(hash);
      token.ifPresent(t -> verified.keep(dataVersion, hash, t, now));
    }
    return token.filter(t -> t.isActiveAt(now)).map(VerifiedTokens.Known::identity);
  }

  /** As above, without a data version: always looks the token up. */
  @Transactional(TxType.SUPPORTS)
  public Optional<Authenticated> authenticate(String secret) {
    Instant now = clock.instant();
    return lookUp(TokenSecrets.hash(secret))
        .filter(t -> t.isActiveAt(now))
        .map(VerifiedTokens.Known::identity);
  }

  private static Optional<VerifiedTokens.Known> lookUp(String hash) {
    return ApiToken.findByHash(hash)
        .map(
            t ->
                new VerifiedTokens.Known(
                    new Authenticated(t.name, Set.copyOf(t.roleSet()), t.personId),
                    t.revokedAt,
                    t.expiresAt));
  }

  /** Whether some API token can still act as admin (used for the start-up warning). */
  @Transactional(TxType.SUPPORTS)
  public boolean anyActiveAdminToken() {
    Instant now = clock.instant();
    return ApiToken.<ApiToken>list("revokedAt is null").stream()
        .anyMatch(t -> t.isActiveAt(now) && t.roleSet().contains(Role.ADMIN));
  }

  @Transactional(TxType.SUPPORTS)
  public List<ApiTokenView> tokens() {
    caller.require(Role.ADMIN);
    return ApiToken.<ApiToken>listAll(io.quarkus.panache.common.Sort.by("createdAt").and("id"))
        .stream()
        .map(ApiTokenView::of)
        .toList();
  }

  public CreatedApiToken create(String name, List<Role> roles, UUID personId, Instant expiresAt) {
    caller.require(Role.ADMIN);
    if (name == null || name.isBlank() || name.length() > 120) {
      throw DutyboardException.validation("name", "name must have 1-120 characters");
    }
    if (roles == null || roles.isEmpty()) {
      throw DutyboardException.validation("roles", "a token needs at least one role");
    }
    if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
      throw DutyboardException.validation("expiresAt", "expiresAt must be in the future");
    }
    if (personId != null) {
      people.requirePerson(personId, "personId");
    }
    String secret = TokenSecrets.newSecret();
    ApiToken token = newToken(name.strip(), EnumSet.copyOf(roles), secret);
    token.personId = personId;
    token.expiresAt = expiresAt;
    token.persist();
    return new CreatedApiToken(ApiTokenView.of(token), secret);
  }

  public ApiTokenView revoke(UUID id) {
    caller.require(Role.ADMIN);
    ApiToken token = Entities.require(ApiToken.class, id, "id", "API token");
    if (token.revokedAt == null) {
      token.revokedAt = clock.instant();
    }
    return ApiTokenView.of(token);
  }

  /**
   * Makes sure an admin token with exactly {@code secret} exists, and revokes bootstrap tokens left
   * from an earlier, different secret. Idempotent; runs at start-up without a caller. Replicas
   * starting together take turns (an advisory lock), so only the first one inserts the token.
   */
  public void ensureBootstrapToken(String secret) {
    AdvisoryLock.awaitForTransaction(em, "bootstrap-admin-token");
    String hash = TokenSecrets.hash(secret);
    Instant now = clock.instant();
    ApiToken.<ApiToken>list("bootstrap = true and revokedAt is null and tokenHash <> ?1", hash)
        .forEach(old -> old.revokedAt = now);
    Optional<ApiToken> existing = ApiToken.findByHash(hash);
    if (existing.isPresent()) {
      ApiToken token = existing.get();
      token.revokedAt = null;
      token.expiresAt = null;
      token.setRoles(EnumSet.of(Role.ADMIN));
      token.bootstrap = true;
    } else {
      ApiToken token = newToken(BOOTSTRAP_NAME, EnumSet.of(Role.ADMIN), secret);
      token.bootstrap = true;
      token.persist();
      LOG.info("Created the bootstrap admin API token from DUTYBOARD_BOOTSTRAP_ADMIN_TOKEN");
    }
  }

  private ApiToken newToken(String name, Set<Role> roles, String secret) {
    ApiToken token = new ApiToken();
    token.id = UUID.randomUUID();
    token.name = name;
    token.tokenHash = TokenSecrets.hash(secret);
    token.setRoles(roles);
    token.createdAt = clock.instant();
    return token;
  }
}
