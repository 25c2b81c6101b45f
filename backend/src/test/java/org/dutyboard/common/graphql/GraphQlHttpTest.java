package org.dutyboard.common.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.dutyboard.testing.CapturedLog;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed requests (anonymous, no token needed) get a typed 4xx and at most one log line below
 * WARN, never a 500 with a stack trace; status codes and media types follow GraphQL over HTTP.
 */
@QuarkusTest
class GraphQlHttpTest {
  @TestHTTPResource("/graphql")
  URI endpoint;

  static Stream<Arguments> malformedBodies() {
    return Stream.of(
        Arguments.of("{\"query\":\"{ __typename }\",\"variables\":\"x\"}", "variables"),
        Arguments.of("{\"query\":\"{ __typename }\",\"variables\":[1]}", "variables"),
        Arguments.of("{\"query\":\"{ __typename }\",\"variables\":5}", "variables"),
        Arguments.of("{\"query\":\"{ __typename }\",\"operationName\":5}", "operationName"),
        Arguments.of("{\"query\":\"{ __typename }\",\"extensions\":\"x\"}", "extensions"),
        Arguments.of("{\"query\":5}", "query"),
        Arguments.of("{\"qeury\":\"{ __typename }\"}", "query"),
        Arguments.of("[1]", "body"),
        Arguments.of("{ \"not JSON", "body"),
        Arguments.of("[".repeat(100_000), "body"),
        Arguments.of(
            "{\"query\":\"{ __typename }\",\"variables\":{\"a\":" + "[".repeat(100_000) + "}}",
            "body"));
  }

  @ParameterizedTest
  @MethodSource("malformedBodies")
  void aMalformedRequestIsA400WithATypedErrorAndNoWarning(String body, String field)
      throws Exception {
    try (CapturedLog log = CapturedLog.start()) {
      // The JDK client: REST Assured would pretty-print a 100k-deep body for its log first.
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(endpoint)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
      JsonObject error = new JsonObject(response.body()).getJsonArray("errors").getJsonObject(0);
      assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("VALIDATION");
      assertThat(error.getJsonObject("extensions").getString("field")).isEqualTo(field);
      assertThat(log.atLeast(Level.WARNING)).isEmpty();
    }
  }

  @Test
  void aBodyThatIsNotJsonIsUnsupportedMediaType() {
    given()
        .contentType("text/plain")
        .body("{ __typename }")
        .post("/graphql")
        .then()
        .statusCode(415);
    given()
        .body("{\"query\":\"{ __typename }\"}".getBytes())
        .post("/graphql")
        .then()
        .statusCode(415);
  }

  @Test
  void jsonClientsGetJsonAndStatus200EvenForDocumentErrors() {
    for (String accept : new String[] {"application/json", "*/*", null}) {
      var request = given().contentType("application/json");
      if (accept != null) {
        request = request.accept(accept);
      }
      Response response = request.body("{\"query\":\"{ noSuchField }\"}").post("/graphql");
      assertThat(response.statusCode()).as(accept).isEqualTo(200);
      assertThat(response.contentType()).as(accept).startsWith("application/json");
      assertThat(response.jsonPath().getList("errors")).isNotEmpty();
    }
  }

  /** A document that does not parse, and one that names a field the schema does not have. */
  static Stream<Arguments> documentErrors() {
    return Stream.of(
        Arguments.of("{\"query\":\"{ __typename \"}", "Unparseable input document"),
        Arguments.of("{\"query\":\"{ noSuchField }\"}", "noSuchField"));
  }

  @ParameterizedTest
  @MethodSource("documentErrors")
  void documentErrorsAre400ForGraphqlResponseClientsAnd200ForJsonClients(
      String body, String message) {
    Response strict =
        given()
            .contentType("application/json")
            .accept("application/graphql-response+json")
            .body(body)
            .post("/graphql");
    assertThat(strict.statusCode()).as(strict.body().asString()).isEqualTo(400);
    assertThat(strict.contentType()).startsWith("application/graphql-response+json");
    JsonObject strictBody = new JsonObject(strict.body().asString());
    assertThat(strictBody.containsKey("data")).isFalse();
    assertThat(strictBody.getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains(message);

    Response legacy =
        given()
            .contentType("application/json")
            .accept("application/json")
            .body(body)
            .post("/graphql");
    assertThat(legacy.statusCode()).isEqualTo(200);
    assertThat(legacy.contentType()).startsWith("application/json");
    assertThat(legacy.jsonPath().getString("errors[0].message")).contains(message);
  }

  @Test
  void graphqlResponseClientsGet400ForVariableErrors() {
    for (String body :
        new String[] {
          "{\"query\":\"query($id: ID!) { __typename }\",\"variables\":{\"id\":null}}"
        }) {
      Response response =
          given()
              .contentType("application/json")
              .accept("application/graphql-response+json")
              .body(body)
              .post("/graphql");
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/graphql-response+json");
      assertThat(response.body().asString()).doesNotContain("\"data\"");
    }
    given()
        .contentType("application/json")
        .accept("application/graphql-response+json")
        .body("{\"query\":\"{ __typename }\"}")
        .post("/graphql")
        .then()
        .statusCode(200)
        .contentType("application/graphql-response+json");
  }

  @Test
  void anAuthenticatedQueryThatRunsResolversIs200ForGraphqlResponseClients() {
    Response response =
        given()
            .contentType("application/json")
            .accept("application/graphql-response+json")
            .header("Authorization", "Bearer " + GraphQl.ADMIN_TOKEN)
            .body("{\"query\":\"{ rotations { nodes { id } } }\"}")
            .post("/graphql");
    assertThat(response.statusCode()).as(response.body().asString()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/graphql-response+json");
    assertThat(response.jsonPath().getList("errors")).isNull();
    assertThat(response.jsonPath().getList("data.rotations.nodes")).isNotNull();
  }

  @Test
  void unauthenticatedStaysAGraphQlErrorWithStatus200() {
    Response response =
        given()
            .contentType("application/json")
            .accept("application/graphql-response+json")
            .body("{\"query\":\"{ rotations { nodes { id } } }\"}")
            .post("/graphql");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getString("errors[0].extensions.code"))
        .isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void anInstantBeyondYear9999IsAValidationErrorNamingTheArgument() {
    try (CapturedLog log = CapturedLog.start()) {
      var error =
          GraphQl.admin()
              .error(
                  "query($from: DateTime) { alertPages(from: $from) { nodes { id } } }",
                  "from",
                  "+999999999-01-01T00:00:00Z");
      assertThat(error).containsEntry("code", "VALIDATION").containsEntry("field", "from");
      assertThat(log.atLeast(Level.WARNING)).isEmpty();
    }
  }
}
