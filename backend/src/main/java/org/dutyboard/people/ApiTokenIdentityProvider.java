package org.dutyboard.people;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;

/** Turns a valid, unrevoked, unexpired API token into a security identity with its roles. */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenAuthenticationRequest> {
  @Inject ApiTokenService tokens;

  @Override
  public Class<ApiTokenAuthenticationRequest> getRequestType() {
    return ApiTokenAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      ApiTokenAuthenticationRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () -> {
          ApiTokenService.Authenticated token =
              tokens
                  .authenticate(request.token())
                  .orElseThrow(() -> new AuthenticationFailedException("invalid API token"));
          QuarkusSecurityIdentity.Builder identity =
              QuarkusSecurityIdentity.builder()
                  .setPrincipal(new QuarkusPrincipal("token:" + token.name()));
          token.roles().stream().map(Role::claimName).forEach(identity::addRole);
          if (token.personId() != null) {
            identity.addAttribute(Caller.PERSON_ID, token.personId());
          }
          return identity.build();
        });
  }
}
