package org.dutyboard.people;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.dutyboard.common.db.DataVersion;
import org.dutyboard.common.db.DatabaseUnavailable;
import org.dutyboard.common.security.Role;
import org.jboss.logging.Logger;

/**
 * Turns a valid, unrevoked, unexpired API token into a security identity with its roles. Reads the
 * data version first: a token already read at that version needs no lookup, and the read is kept on
 * the request for the GraphQL result cache, so a repeated query costs one statement.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenAuthenticationRequest> {
  private static final Logger LOG = Logger.getLogger(ApiTokenIdentityProvider.class);

  @Inject ApiTokenService tokens;
  @Inject DataVersion dataVersion;
  @Inject Clock clock;

  @Override
  public Class<ApiTokenAuthenticationRequest> getRequestType() {
    return ApiTokenAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      ApiTokenAuthenticationRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () -> {
          Optional<DataVersion.Read> read = readDataVersion();
          RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
          if (http != null) {
            read.ifPresent(r -> r.keepOn(http));
          }
          ApiTokenService.Authenticated token =
              (read.isPresent()
                      ? tokens.authenticate(request.token(), read.get().version())
                      : tokens.authenticate(request.token()))
                  .orElseThrow(() -> new AuthenticationFailedException("invalid API token"));
          QuarkusSecurityIdentity.Builder identity =
              QuarkusSecurityIdentity.builder()
                  .setPrincipal(new QuarkusPrincipal("token:" + token.name()));
          token.roles().stream().map(Role::claimName).forEach(identity::addRole);
          if (token.personId() != null) {
            identity.addAttribute(CurrentPerson.PERSON_ID, token.personId());
          }
          return identity.build();
        });
  }

  /**
   * The data version, or empty when reading it failed for a reason other than an unreachable
   * database (then the token is looked up as before: the version only saves work).
   */
  private Optional<DataVersion.Read> readDataVersion() {
    try {
      return Optional.of(new DataVersion.Read(dataVersion.current(), clock.instant()));
    } catch (SQLException e) {
      if (DatabaseUnavailable.causedBy(e)) { // reported as unavailable, not as a bad token
        throw new IllegalStateException("could not read the data version", e);
      }
      LOG.warnf("Could not read the data version, looking the API token up: %s", e.getMessage());
      return Optional.empty();
    }
  }
}
