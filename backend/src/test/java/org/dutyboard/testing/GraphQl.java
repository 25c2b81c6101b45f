package org.dutyboard.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A GraphQL client for tests: a document with variables, sent over HTTP as a dashboard would. */
public final class GraphQl {
  public static final String ADMIN_TOKEN = "test-admin-secret";

  private final String token;
  private final boolean uncached;

  private GraphQl(String token, boolean uncached) {
    this.token = token;
    this.uncached = uncached;
  }

  public static GraphQl anonymous() {
    return new GraphQl(null, false);
  }

  public static GraphQl withToken(String token) {
    return new GraphQl(token, false);
  }

  public static GraphQl admin() {
    return new GraphQl(ADMIN_TOKEN, false);
  }

  /**
   * This client with {@code Cache-Control: no-cache}: every query executes instead of being
   * answered from the result cache (tests that count the SQL an execution needs).
   */
  public GraphQl uncached() {
    return new GraphQl(token, true);
  }

  /** Runs the document and returns the whole response. */
  public JsonPath execute(String document, Object... variables) {
    Map<String, Object> vars = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      vars.put((String) variables[i], variables[i + 1]);
    }
    RequestSpecification request = given().contentType(ContentType.JSON);
    if (token != null) {
      request = request.header("Authorization", "Bearer " + token);
    }
    if (uncached) {
      request = request.header("Cache-Control", "no-cache");
    }
    return request
        .body(Map.of("query", document, "variables", vars))
        .post("/graphql")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Runs the document, asserts it had no errors, and returns {@code data}. */
  public JsonPath ok(String document, Object... variables) {
    JsonPath response = execute(document, variables);
    List<Object> errors = response.getList("errors");
    if (errors != null && !errors.isEmpty()) {
      throw new AssertionError("GraphQL errors: " + response.prettify());
    }
    return response.setRootPath("data");
  }

  /** Runs the document, expects exactly one error and returns its {@code extensions}. */
  public Map<String, Object> error(String document, Object... variables) {
    JsonPath response = execute(document, variables);
    List<Map<String, Object>> errors = response.getList("errors");
    if (errors == null || errors.isEmpty()) {
      throw new AssertionError("Expected an error, got: " + response.prettify());
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> extensions = (Map<String, Object>) errors.get(0).get("extensions");
    Map<String, Object> result = new HashMap<>(extensions);
    result.put("message", errors.get(0).get("message"));
    return result;
  }
}
