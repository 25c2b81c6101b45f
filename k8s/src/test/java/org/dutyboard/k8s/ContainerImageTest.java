package org.dutyboard.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The image tarball written by {@code ./mvnw -Pimage package} (backend/target/jib-image.tar): what
 * Kubernetes will run. Skipped when the image was not built in this checkout.
 */
class ContainerImageTest {

  static final Path TARBALL =
      Kustomize.K8S_DIR.resolve("../backend/target/jib-image.tar").normalize();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode config;

  @BeforeAll
  static void readConfig() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(TARBALL), "no image built: ./mvnw -Pimage package");
    Map<String, byte[]> json = new HashMap<>();
    forEachEntry(
        Files.newInputStream(TARBALL),
        (name, in) -> {
          if (name.endsWith(".json")) {
            json.put(name, in.readAllBytes());
          }
        });
    JsonNode manifest = JSON.readTree(json.get("manifest.json")).get(0);
    config = JSON.readTree(json.get(manifest.get("Config").asText())).get("config");
  }

  @Test
  void runsTheQuarkusAppAsANonRootUserOnPort8080() {
    assertThat(config.get("User").asText()).isEqualTo("185:185");
    assertThat(config.get("ExposedPorts").has("8080/tcp")).isTrue();
    assertThat(config.get("WorkingDir").asText()).isEqualTo("/deployments");

    List<String> entrypoint = new ArrayList<>();
    config.get("Entrypoint").forEach(arg -> entrypoint.add(arg.asText()));
    assertThat(entrypoint).startsWith("java").endsWith("-jar", "/deployments/quarkus-run.jar");
    assertThat(entrypoint)
        .contains(
            "-XX:MaxRAMPercentage=50.0",
            "-XX:TrimNativeHeapInterval=5000",
            "-XX:+ExitOnOutOfMemoryError");
  }

  @Test
  void holdsTheFastJarAndNothingOfJibsDefaultLayout() throws IOException {
    List<String> paths = new ArrayList<>();
    forEachEntry(
        Files.newInputStream(TARBALL),
        (layer, in) -> {
          if (layer.endsWith(".tar.gz")) {
            forEachEntry(new GZIPInputStream(keepOpen(in)), (path, content) -> paths.add(path));
          }
        });

    assertThat(paths)
        .contains("deployments/quarkus-run.jar", "deployments/quarkus/quarkus-application.dat")
        .anyMatch(p -> p.matches("deployments/app/dutyboard-backend-.*\\.jar"))
        .anyMatch(p -> p.startsWith("deployments/lib/main/io.quarkus.quarkus-core-"))
        .noneMatch(p -> p.startsWith("app/"))
        // the build JDK's AppCDS archive would not load on the image's JVM
        .noneMatch(p -> p.endsWith("app-cds.jsa"));
  }

  /** A view of a tar entry whose closing leaves the outer archive open. */
  private static InputStream keepOpen(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }

  private interface EntryConsumer {
    void accept(String name, InputStream content) throws IOException;
  }

  /** Streams a tar archive: each entry's name (without "./") and content, in order. */
  private static void forEachEntry(InputStream in, EntryConsumer consumer) throws IOException {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        String name =
            entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
        consumer.accept(name, tar);
      }
    }
  }
}
