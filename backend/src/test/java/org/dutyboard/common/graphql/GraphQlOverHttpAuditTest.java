package org.dutyboard.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * graphql-http's {@code serverAudits} (the GraphQL-over-HTTP spec's own test suite, from npm) run
 * with Node against the running service: every MUST and every SHOULD passes. The audit project
 * ({@code src/test/node/graphql-http-audit}, pinned by its lockfile) is installed with {@code npm
 * ci} into {@code target/}. Without node and npm on the PATH the test reports itself skipped; CI
 * has them.
 */
@QuarkusTest
class GraphQlOverHttpAuditTest {
  private static final Path PROJECT = Path.of("src/test/node/graphql-http-audit");
  private static final Path WORK = Path.of("target/graphql-http-audit");

  @TestHTTPResource("/graphql")
  URI endpoint;

  @Test
  void everyMustAndShouldAuditPasses() throws Exception {
    Assumptions.assumeTrue(
        onPath("node") && onPath("npm"), "skipped: the GraphQL-over-HTTP audit needs node and npm");
    Files.createDirectories(WORK);
    for (String file : List.of("package.json", "package-lock.json", "audit.mjs")) {
      Files.copy(PROJECT.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isDirectory(WORK.resolve("node_modules/graphql-http"))) {
      assertThat(run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"))
          .as("npm ci")
          .isNotNull();
    }
    JsonArray results = new JsonArray(run("node", "audit.mjs", endpoint.toString()));
    List<String> failed =
        results.stream()
            .map(JsonObject.class::cast)
            .filter(r -> !r.getString("name").startsWith("MAY"))
            .filter(r -> !"ok".equals(r.getString("status")))
            .map(r -> r.getString("id") + " " + r.getString("name") + ": " + r.getString("reason"))
            .toList();
    assertThat(results.size()).isGreaterThan(30);
    assertThat(failed).isEmpty();
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(false).start();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + ": " + err).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null
        && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
            .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }
}
