package org.dutyboard.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One rendered kustomization, validated: every object against its Kubernetes API type or, for the
 * CloudNativePG kinds, against the CRD's schema. Construction fails listing every problem.
 */
final class RenderedOverlay {

  static final List<CrdSchema> CRDS =
      List.of(
          CrdSchema.load("/crds/postgresql.cnpg.io_clusters.yaml", "v1"),
          CrdSchema.load("/crds/postgresql.cnpg.io_scheduledbackups.yaml", "v1"));

  private static final Map<String, CrdSchema> CRD_BY_TYPE =
      CRDS.stream().collect(Collectors.toMap(CrdSchema::type, Function.identity()));

  private final List<JsonNode> objects;

  RenderedOverlay(List<JsonNode> objects) {
    List<String> problems = new ArrayList<>();
    for (JsonNode object : objects) {
      problems.addAll(problemsOf(object));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    this.objects = List.copyOf(objects);
  }

  static RenderedOverlay of(String dir) {
    return new RenderedOverlay(Kustomize.render(dir));
  }

  static List<String> problemsOf(JsonNode object) {
    String type = StrictApiTypes.typeOf(object);
    CrdSchema crd = CRD_BY_TYPE.get(type);
    if (crd != null) {
      return crd.violations(object).stream().map(v -> type + ": " + v).toList();
    }
    try {
      StrictApiTypes.read(object);
      return List.of();
    } catch (IllegalArgumentException e) {
      return List.of(e.getMessage());
    }
  }

  List<JsonNode> all() {
    return objects;
  }

  /** The one object of this kind (and name), as JSON. */
  JsonNode get(String kind, String name) {
    return objects.stream()
        .filter(o -> o.path("kind").asText().equals(kind))
        .filter(o -> o.at("/metadata/name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
  }

  /** The one object of this kind and name, read into its API type. */
  <T> T get(String kind, String name, Class<T> type) {
    return StrictApiTypes.read(get(kind, name), type);
  }

  List<String> kinds() {
    return objects.stream().map(o -> o.path("kind").asText()).sorted().toList();
  }
}
