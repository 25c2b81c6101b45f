package org.dutyboard.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.rotationInput;
import static org.dutyboard.testing.Fixtures.team;
import static org.dutyboard.testing.Fixtures.token;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorizationTest {
  private static final String LIST = "{ rotations { nodes { id } } }";
  private static final String CREATE =
      """
      mutation($input: RotationInput!) { createRotation(input: $input) { id } }""";

  @Test
  void anonymousCallersAreUnauthenticated() {
    assertThat(GraphQl.anonymous().error(LIST)).containsEntry("code", "UNAUTHENTICATED");
    assertThat(GraphQl.anonymous().error(CREATE, "input", rotationInput(team())))
        .containsEntry("code", "UNAUTHENTICATED");
  }

  @Test
  void unknownTokensAreUnauthenticatedNotAStackTrace() {
    Map<String, Object> error = GraphQl.withToken("dbt_not-a-real-token").error(LIST);
    assertThat(error).containsEntry("code", "UNAUTHENTICATED");
    assertThat(error.toString()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void viewersReadButCannotEdit() {
    String viewer = token("VIEWER");
    assertThat(GraphQl.withToken(viewer).ok(LIST).getList("rotations.nodes")).isNotNull();
    assertThat(GraphQl.withToken(viewer).error(CREATE, "input", rotationInput(team())))
        .containsEntry("code", "FORBIDDEN");
  }

  @Test
  void schedulersEditRotationsButNotTokens() {
    String scheduler = token("SCHEDULER");
    assertThat(
            GraphQl.withToken(scheduler)
                .ok(CREATE, "input", rotationInput(team()))
                .getString("createRotation.id"))
        .isNotBlank();
    assertThat(GraphQl.withToken(scheduler).error("{ apiTokens { id } }"))
        .containsEntry("code", "FORBIDDEN");
  }

  @Test
  void revokedTokensStopWorkingAtOnce() {
    Map<String, Object> created =
        GraphQl.admin()
            .ok(
                """
                mutation { createApiToken(name: "ci", roles: [VIEWER]) { secret token { id } } }""")
            .getMap("createApiToken");
    String secret = (String) created.get("secret");
    assertThat(secret).startsWith("dbt_");
    GraphQl.withToken(secret).ok(LIST);
    @SuppressWarnings("unchecked")
    String id = ((Map<String, String>) created.get("token")).get("id");
    GraphQl.admin().ok("mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }", "id", id);
    assertThat(GraphQl.withToken(secret).error(LIST)).containsEntry("code", "UNAUTHENTICATED");
  }

  @Test
  void tokenListNeverShowsSecretsOrHashes() {
    String response =
        GraphQl.admin().execute("{ apiTokens { id name roles createdAt } }").prettify();
    assertThat(response).contains("bootstrap-admin").doesNotContain(GraphQl.ADMIN_TOKEN);
  }

  @Test
  void jwtFromTheIssuerCarriesRolesInItsGroupsClaim() {
    String jwt =
        Jwt.issuer("https://issuer.test")
            .subject("ana")
            .upn("ana@example.org")
            .groups(Set.of("scheduler"))
            .expiresAt(Instant.now().plusSeconds(300))
            .sign(privateKey());
    assertThat(
            GraphQl.withToken(jwt)
                .ok(CREATE, "input", rotationInput(team()))
                .getString("createRotation.id"))
        .isNotBlank();
  }

  @Test
  void jwtFromAnotherIssuerIsRejected() {
    String jwt =
        Jwt.issuer("https://evil.example")
            .subject("mallory")
            .groups(Set.of("admin"))
            .expiresAt(Instant.now().plusSeconds(300))
            .sign(privateKey());
    assertThat(GraphQl.withToken(jwt).error(LIST)).containsEntry("code", "UNAUTHENTICATED");
  }

  private static java.security.PrivateKey privateKey() {
    try {
      return io.smallrye.jwt.util.KeyUtils.readPrivateKey("jwt/private.pem");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
