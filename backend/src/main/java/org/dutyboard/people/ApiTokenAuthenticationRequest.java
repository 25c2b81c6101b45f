package org.dutyboard.people;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer credential that is not a JWT, i.e. a Dutyboard API token. */
public final class ApiTokenAuthenticationRequest extends BaseAuthenticationRequest {
  private final String token;

  public ApiTokenAuthenticationRequest(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }
}
