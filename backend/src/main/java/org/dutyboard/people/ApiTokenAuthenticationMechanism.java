package org.dutyboard.people;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.dutyboard.common.db.DatabaseUnavailable;
import org.dutyboard.common.security.Caller;

/**
 * The one bearer-token entry point. Bearer tokens come in two kinds: JWTs from the OIDC issuer
 * (three dot-separated parts, verified by SmallRye JWT) and opaque Dutyboard API tokens. A token
 * that fails either check yields an anonymous identity marked {@link
 * Caller#AUTHENTICATION_FAILURE}, so GraphQL callers get an {@code UNAUTHENTICATED} error in the
 * response instead of a bare HTTP 401.
 */
@ApplicationScoped
public class ApiTokenAuthenticationMechanism implements HttpAuthenticationMechanism {
  private static final String BEARER = "bearer ";

  @Inject JWTAuthMechanism jwt;

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String token = bearerToken(context);
    if (token == null) {
      return Uni.createFrom().nullItem();
    }
    Uni<SecurityIdentity> identity =
        looksLikeJwt(token)
            ? jwt.authenticate(context, identityProviderManager)
            : identityProviderManager.authenticate(
                HttpSecurityUtils.setRoutingContextAttribute(
                    new ApiTokenAuthenticationRequest(token), context));
    String kind = looksLikeJwt(token) ? "JWT" : "API token";
    return identity
        .onItem()
        .ifNull()
        .failWith(() -> new AuthenticationFailedException(kind + " not accepted"))
        .onFailure()
        .recoverWithItem(failure -> rejected(kind, failure));
  }

  /**
   * An anonymous identity saying why the token was not accepted: UNAVAILABLE when the token store
   * could not be reached (the token may well be valid), else the token itself was bad.
   */
  private static SecurityIdentity rejected(String kind, Throwable failure) {
    QuarkusSecurityIdentity.Builder anonymous =
        QuarkusSecurityIdentity.builder().setAnonymous(true);
    if (DatabaseUnavailable.causedBy(failure)) {
      DatabaseUnavailable.report(failure);
      return anonymous.addAttribute(Caller.AUTHENTICATION_UNAVAILABLE, Boolean.TRUE).build();
    }
    return anonymous
        .addAttribute(
            Caller.AUTHENTICATION_FAILURE, "The bearer " + kind + " is invalid, expired or revoked")
        .build();
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(ApiTokenAuthenticationRequest.class, TokenAuthenticationRequest.class);
  }

  @Override
  public int getPriority() {
    return DEFAULT_PRIORITY + 100;
  }

  static String bearerToken(RoutingContext context) {
    String header = context.request().getHeader("Authorization");
    if (header == null || header.length() <= BEARER.length()) {
      return null;
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return header.substring(BEARER.length()).trim();
  }

  static boolean looksLikeJwt(String token) {
    return token.chars().filter(c -> c == '.').count() == 2;
  }
}
