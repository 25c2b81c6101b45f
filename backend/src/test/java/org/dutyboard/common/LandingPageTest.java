package org.dutyboard.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code /} is a small static page that leads a newcomer to everything the service offers. */
@QuarkusTest
class LandingPageTest {
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

  @Test
  void theRootLinksTheUiTheStatusSiteHealthAndMetricsAndExplainsTheToken() {
    String html =
        given().get("/").then().statusCode(200).contentType("text/html").extract().asString();
    List<String> links = HREF.matcher(html).results().map(m -> m.group(1)).toList();
    assertThat(links).containsExactly("q/graphql-ui/", "status/", "q/health", "q/metrics");
    assertThat(html)
        .contains("<html lang=\"en\">", "<title>Dutyboard</title>", "<h1>")
        .contains("{\"Authorization\": \"Bearer dbt_...\"}")
        .doesNotContain("<script");
    // Links are relative, so the page also works behind a path prefix; all but the status site
    // (404 until its first publish) answer now.
    for (String link : links) {
      if (!link.equals("status/")) {
        given().get("/" + link).then().statusCode(200);
      }
    }
  }
}
