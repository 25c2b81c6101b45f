package org.dutyboard.publish;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

/** After a publish, /status/ serves the live version as static files to anyone. */
@QuarkusTest
class StatusSiteResourceTest {
  @Test
  void servesThePublishedSite() {
    GraphQl.admin().ok(StatusSitePrivacyTest.PUBLISH);

    given()
        .get("/status/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("<h1"));
    given()
        .get("/status/index.html")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"));
    given()
        .get("/status/api/v2/summary.json")
        .then()
        .statusCode(200)
        .contentType(containsString("application/json"))
        .body("page.name", org.hamcrest.Matchers.equalTo("Dutyboard Status"));
    given()
        .redirects()
        .follow(false)
        .get("/status")
        .then()
        .statusCode(301)
        .header("Location", endsWith("/status/"));
    given().get("/status/no-such-page.html").then().statusCode(404);
    given().get("/status/../../../etc/passwd").then().statusCode(404);
    given().get("/status/%2e%2e/%2e%2e/versions").then().statusCode(404);
  }
}
