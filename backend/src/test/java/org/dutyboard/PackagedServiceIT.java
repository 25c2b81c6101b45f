package org.dutyboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The black-box tier: the packaged jar in its production profile, driven only over HTTP as
 * dashboards and operators use it. The main journeys: it starts and reports ready, answers the
 * dashboard's own "who is on call" document with demo data, refuses anonymous writes, and publishes
 * the public status site that it then serves.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PackagedServiceIT.Settings.class, restrictToAnnotatedClass = true)
class PackagedServiceIT {
  private static final String ADMIN = "packaged-it-admin-secret";

  /** Production settings an operator would pass, with a throw-away data directory. */
  public static class Settings implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
      try {
        Path data = Files.createTempDirectory("dutyboard-packaged-it");
        return Map.of(
            "dutyboard.bootstrap.admin-token",
            ADMIN,
            "dutyboard.demo-data.enabled",
            "true",
            "dutyboard.data-dir",
            data.toString());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void stop() {}
  }

  @Test
  void reportsReadyOnItsDatabase() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void answersTheDashboardsOnCallDocumentWithDemoData() throws IOException {
    String document = Files.readString(operation("OnCallNow.graphql"));
    JsonPath response = graphQl(ADMIN, document);
    assertThat(response.getList("errors")).isNull();
    List<String> people = response.getList("data.onCall.person.name");
    assertThat(people).isNotEmpty().doesNotContainNull();
  }

  @Test
  void refusesAWriteWithoutAToken() {
    JsonPath response =
        graphQl(null, "mutation { createTeam(input: {name: \"Anonymous\"}) { id } }");
    assertThat(response.getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
    assertThat(response.getMap("data")).isNull();
  }

  @Test
  void publishesTheStatusSiteAndServesIt() {
    JsonPath published = graphQl(ADMIN, "mutation { publishStatusSite { outcome } }");
    assertThat(published.getList("errors")).isNull();
    assertThat(published.getString("data.publishStatusSite.outcome")).isNotBlank();

    given()
        .get("/status/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("<html"));
    given()
        .get("/status/api/v2/summary.json")
        .then()
        .statusCode(200)
        .contentType(containsString("json"))
        .body("components", not(empty()));
  }

  private static JsonPath graphQl(String token, String document) {
    var request = given().contentType(ContentType.JSON);
    if (token != null) {
      request = request.header("Authorization", "Bearer " + token);
    }
    return request.body(Map.of("query", document)).post("/graphql").then().extract().jsonPath();
  }

  private static Path operation(String name) {
    Path here = Path.of("").toAbsolutePath();
    Path root = Files.isDirectory(here.resolve("graphql-schema")) ? here : here.getParent();
    return root.resolve("graphql-schema/operations").resolve(name);
  }
}
