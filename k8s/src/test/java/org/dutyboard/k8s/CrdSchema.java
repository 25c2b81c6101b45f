package org.dutyboard.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The structural OpenAPI v3 schema of a CustomResourceDefinition (as the API server applies it):
 * types, enums, required fields, and unknown fields rejected unless the schema preserves them
 * ({@code x-kubernetes-preserve-unknown-fields}). The API server would silently prune unknown
 * fields; here they fail, so a misspelt field cannot quietly do nothing. CEL rules are not
 * evaluated.
 */
final class CrdSchema {

  private final String apiVersion;
  private final String kind;
  private final JsonNode schema;

  private CrdSchema(String apiVersion, String kind, JsonNode schema) {
    this.apiVersion = apiVersion;
    this.kind = kind;
    this.schema = schema;
  }

  /** The served version {@code version} of the CRD stored at {@code resource}. */
  static CrdSchema load(String resource, String version) {
    try (InputStream in = CrdSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      JsonNode crd = Kustomize.YAML.readTree(in);
      for (JsonNode served : crd.at("/spec/versions")) {
        if (served.path("name").asText().equals(version)) {
          return new CrdSchema(
              crd.at("/spec/group").asText() + "/" + version,
              crd.at("/spec/names/kind").asText(),
              served.at("/schema/openAPIV3Schema"));
        }
      }
      throw new IllegalStateException(resource + " does not serve " + version);
    } catch (IOException e) {
      throw new IllegalStateException(resource, e);
    }
  }

  String type() {
    return apiVersion + "/" + kind;
  }

  /** The violations of {@code object} (empty when it is valid); status is never set by us. */
  List<String> violations(JsonNode object) {
    List<String> errors = new ArrayList<>();
    if (!object.path("metadata").path("name").isTextual()) {
      errors.add("metadata.name: required");
    }
    object
        .fieldNames()
        .forEachRemaining(
            field -> {
              if (!List.of("apiVersion", "kind", "metadata", "spec").contains(field)) {
                errors.add(field + ": unknown field");
              }
            });
    check(schema.at("/properties/spec"), object.path("spec"), "spec", errors);
    return errors;
  }

  private static void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
    if (value.isMissingNode()) {
      return;
    }
    if (schema.path("x-kubernetes-int-or-string").asBoolean()) {
      if (!value.isIntegralNumber() && !value.isTextual()) {
        errors.add(path + ": expected an integer or a string");
      }
      return;
    }
    if (schema.has("enum") && !contains(schema.get("enum"), value)) {
      errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
    }
    switch (schema.path("type").asText()) {
      case "object" -> checkObject(schema, value, path, errors);
      case "array" -> {
        if (!value.isArray()) {
          errors.add(path + ": expected an array");
          return;
        }
        for (int i = 0; i < value.size(); i++) {
          check(schema.path("items"), value.get(i), path + "[" + i + "]", errors);
        }
      }
      case "string" -> expect(value.isTextual(), path, "a string", errors);
      case "integer" -> expect(value.isIntegralNumber(), path, "an integer", errors);
      case "number" -> expect(value.isNumber(), path, "a number", errors);
      case "boolean" -> expect(value.isBoolean(), path, "a boolean", errors);
      default -> {
        // No type: the schema accepts any value here.
      }
    }
  }

  private static void checkObject(
      JsonNode schema, JsonNode value, String path, List<String> errors) {
    if (!value.isObject()) {
      errors.add(path + ": expected an object");
      return;
    }
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        errors.add(path + "." + required.asText() + ": required");
      }
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.path("additionalProperties");
    boolean preserveUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean();
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      String fieldPath = path + "." + field.getKey();
      if (properties.has(field.getKey())) {
        check(properties.get(field.getKey()), field.getValue(), fieldPath, errors);
      } else if (additional.isObject()) {
        check(additional, field.getValue(), fieldPath, errors);
      } else if (!preserveUnknown && !additional.asBoolean(false)) {
        errors.add(fieldPath + ": unknown field");
      }
    }
  }

  private static boolean contains(JsonNode values, JsonNode value) {
    for (JsonNode allowed : values) {
      if (allowed.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static void expect(boolean ok, String path, String what, List<String> errors) {
    if (!ok) {
      errors.add(path + ": expected " + what);
    }
  }
}
