package org.dutyboard.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dutyboard.site.browser.HeadlessChromium;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GraphQL UI advertised at start-up ({@code /q/graphql-ui}) opened in real headless Chromium:
 * its introspection query (graphql-js {@code getIntrospectionQuery()}, 15 levels deep) is answered
 * with the schema, so the documentation explorer and completion work. Skipped without Chromium,
 * like the status site's real-browser test; {@code .ci/run} installs it.
 */
@QuarkusTest
class GraphQlUiBrowserTest {
  @TestHTTPResource("/q/graphql-ui/")
  URI ui;

  @TempDir Path work;

  @Test
  void theGraphQlUiLoadsTheSchema() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(HeadlessChromium.EXECUTABLE),
        "skipped: needs " + HeadlessChromium.EXECUTABLE + " (.ci/run installs it)");
    List<String> graphqlRequests = new CopyOnWriteArrayList<>();
    try (HeadlessChromium chromium = HeadlessChromium.launch(work)) {
      chromium.call("Network.enable", Map.of());
      chromium.onEvent(
          "Network.responseReceived",
          event -> {
            if (event.get("response").get("url").asText().endsWith("/graphql")) {
              graphqlRequests.add(event.get("requestId").asText());
            }
          });
      chromium.load(ui.toString());
      JsonNode introspection = null;
      for (int i = 0; i < 100 && introspection == null; i++) {
        Thread.sleep(100);
        for (String requestId : graphqlRequests) {
          JsonNode body =
              new ObjectMapper()
                  .readTree(
                      chromium
                          .call("Network.getResponseBody", Map.of("requestId", requestId))
                          .get("body")
                          .asText());
          if (body.path("data").has("__schema") || body.has("errors")) {
            introspection = body;
          }
        }
      }
      assertThat(introspection).as("the UI's introspection response").isNotNull();
      assertThat(introspection.has("errors")).as(introspection.toString()).isFalse();
      assertThat(introspection.at("/data/__schema/queryType/name").asText()).isEqualTo("Query");
      assertThat(chromium.evaluate("document.body.innerText").asText()).contains("GraphiQL");
    }
  }
}
