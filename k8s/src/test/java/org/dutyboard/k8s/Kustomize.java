package org.dutyboard.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Renders a kustomization with the real {@code kubectl kustomize} (CI installs kubectl). */
final class Kustomize {

  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The module directory: {@code k8s/} holds {@code base/} and {@code overlays/}. */
  static final Path K8S_DIR = Path.of("").toAbsolutePath();

  private Kustomize() {}

  /** The rendered objects of {@code k8s/<dir>}; the calling test is skipped without kubectl. */
  static List<JsonNode> render(String dir) {
    Assumptions.assumeTrue(kubectlAvailable(), "kubectl is not installed (CI installs it)");
    try {
      Process process =
          new ProcessBuilder("kubectl", "kustomize", K8S_DIR.resolve(dir).toString())
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError("kubectl kustomize " + dir + " failed:\n" + output);
      }
      return parse(output);
    } catch (IOException e) {
      throw new AssertionError("kubectl kustomize " + dir + " could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static List<JsonNode> parse(String yaml) throws IOException {
    List<JsonNode> objects = new ArrayList<>();
    try (var parser = YAML.getFactory().createParser(yaml)) {
      var documents = YAML.readValues(parser, JsonNode.class);
      while (documents.hasNext()) {
        JsonNode document = documents.next();
        if (document != null && !document.isNull() && !document.isEmpty()) {
          objects.add(document);
        }
      }
    }
    return objects;
  }

  static boolean kubectlAvailable() {
    try {
      Process process =
          new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
