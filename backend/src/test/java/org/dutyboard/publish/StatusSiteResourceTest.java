package org.dutyboard.publish;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.dutyboard.testing.Fixtures;
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
        .header("Location", "status/");
    given().get("/status/no-such-page.html").then().statusCode(404);
    given().get("/status/../../../etc/passwd").then().statusCode(404);
    given().get("/status/%2e%2e/%2e%2e/versions").then().statusCode(404);
  }

  @Test
  void servesAsBrowsersAndWidgetsUseIt() {
    GraphQl.admin().ok(StatusSitePrivacyTest.PUBLISH);

    given()
        .header("Origin", "https://widgets.example")
        .get("/status/api/v2/summary.json")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "*");
    // A folder without its slash would break the page's relative links: redirect, relatively,
    // so the redirect also holds when a proxy serves the site under a path.
    given()
        .redirects()
        .follow(false)
        .get("/status/history")
        .then()
        .statusCode(301)
        .header("Location", "history/");
    given().get("/status/history/").then().statusCode(200).contentType(containsString("html"));
    // Only relative links: the site works wherever it is mounted (a proxy under /ops/status/).
    for (String page : new String[] {"/status/", "/status/history/"}) {
      assertThat(given().get(page).asString())
          .contains("href=")
          .doesNotContain("href=\"/", "src=\"/", "action=\"/");
    }
    String etag = given().get("/status/").then().statusCode(200).extract().header("ETag");
    given().header("If-None-Match", etag).get("/status/").then().statusCode(304);
  }

  @Test
  void compressesText() {
    GraphQl.admin().ok(StatusSitePrivacyTest.PUBLISH);
    int plain = given().get("/status/").then().statusCode(200).extract().asByteArray().length;

    io.restassured.response.Response gzipped =
        given()
            .config(
                io.restassured.RestAssured.config()
                    .decoderConfig(
                        io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
            .header("Accept-Encoding", "gzip")
            .get("/status/");
    assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
    assertThat(gzipped.asByteArray().length).isLessThan(plain / 3);
  }

  @Test
  void controlCharactersInPathsAreRefusedWithoutAnError() {
    given()
        .get("/status/%00")
        .then()
        .statusCode(anyOf(is(400), is(404)))
        .body(not(containsString("Exception")));
    given().get("/status/a%01b").then().statusCode(anyOf(is(400), is(404)));
    given().get("/reports/%00").then().statusCode(401);
    given()
        .header("Authorization", "Bearer " + Fixtures.token("VIEWER"))
        .get("/reports/a%01b")
        .then()
        .statusCode(anyOf(is(400), is(404)));
  }
}
