package org.dutyboard.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.rotationInput;
import static org.dutyboard.testing.Fixtures.team;
import static org.dutyboard.testing.Fixtures.token;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.MutableClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorizationTest {
  @Inject MutableClock clock;
  @Inject AgroalDataSource dataSource;

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
  void aTokenRevokedByAnotherReplicaStopsWorkingAtOnce() throws Exception {
    Map<String, Object> created = createToken("VIEWER", null);
    String secret = (String) created.get("secret");
    GraphQl.withToken(secret).ok(LIST);
    GraphQl.withToken(secret).ok(LIST); // its state is now kept for the current data version
    // What another replica's revocation does: plain SQL on its own connection, committed.
    try (Connection connection = dataSource.getConnection();
        PreparedStatement revoke =
            connection.prepareStatement("update api_token set revoked_at = now() where id = ?")) {
      revoke.setObject(1, UUID.fromString(tokenId(created)));
      assertThat(revoke.executeUpdate()).isEqualTo(1);
    }
    assertThat(GraphQl.withToken(secret).error(LIST)).containsEntry("code", "UNAUTHENTICATED");
  }

  @Test
  void aTokenStillWorksWhenTheDataVersionCannotBeRead() throws Exception {
    String viewer = token("VIEWER");
    long version;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("delete from data_version returning version")) {
      assertThat(row.next()).isTrue();
      version = row.getLong(1);
    }
    try {
      // the version only saves the token lookup; without it the token is looked up as before
      assertThat(GraphQl.withToken(viewer).ok(LIST).getList("rotations.nodes")).isNotNull();
    } finally {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement restore =
              connection.prepareStatement("insert into data_version (id, version) values (1, ?)")) {
        restore.setLong(1, version + 1); // raised: nothing kept before counts afterwards
        restore.executeUpdate();
      }
    }
  }

  @Test
  void aKeptTokenStillExpiresOnTime() {
    clock.set(Instant.parse("2026-06-01T12:00:00Z"));
    try {
      String secret = (String) createToken("VIEWER", "2026-06-01T13:00:00Z").get("secret");
      GraphQl.withToken(secret).ok(LIST);
      GraphQl.withToken(secret).ok(LIST);
      clock.set(Instant.parse("2026-06-01T13:00:00Z")); // no write: the data version stays
      assertThat(GraphQl.withToken(secret).error(LIST)).containsEntry("code", "UNAUTHENTICATED");
    } finally {
      clock.reset();
    }
  }

  private static Map<String, Object> createToken(String role, String expiresAt) {
    return GraphQl.admin()
        .ok(
            """
            mutation($roles: [Role!]!, $expiresAt: DateTime) {
              createApiToken(name: "kept", roles: $roles, expiresAt: $expiresAt) {
                secret token { id }
              }
            }""",
            "roles",
            List.of(role),
            "expiresAt",
            expiresAt)
        .getMap("createApiToken");
  }

  @SuppressWarnings("unchecked")
  private static String tokenId(Map<String, Object> created) {
    return ((Map<String, String>) created.get("token")).get("id");
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
