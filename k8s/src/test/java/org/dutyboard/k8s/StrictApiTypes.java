package org.dutyboard.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads rendered objects into the Kubernetes API types (Fabric8's model of them), strictly: a field
 * the API does not know, a value of the wrong type or an object of a kind nobody checks is an
 * error. Fabric8 keeps unknown fields in {@code additionalProperties} instead of failing, so after
 * reading, every nested object's {@code additionalProperties} must be empty.
 */
final class StrictApiTypes {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final Map<String, Class<?>> TYPES =
      Map.of(
          "v1/Namespace", Namespace.class,
          "v1/ServiceAccount", ServiceAccount.class,
          "v1/ConfigMap", ConfigMap.class,
          "v1/Service", Service.class,
          "apps/v1/Deployment", Deployment.class,
          "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
          "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
          "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
          "monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class);

  private StrictApiTypes() {}

  static boolean knows(JsonNode object) {
    return TYPES.containsKey(typeOf(object));
  }

  static String typeOf(JsonNode object) {
    return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
  }

  /** The typed object; throws with the offending path when anything is unknown or mistyped. */
  static <T> T read(JsonNode object, Class<T> type) {
    try {
      T typed = MAPPER.treeToValue(object, type);
      List<String> unknown = new ArrayList<>();
      collectUnknown(typed, typeOf(object) + " " + object.at("/metadata/name").asText(), unknown);
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException("unknown fields: " + unknown);
      }
      return typed;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(typeOf(object) + ": " + e.getOriginalMessage(), e);
    }
  }

  static Object read(JsonNode object) {
    Class<?> type = TYPES.get(typeOf(object));
    if (type == null) {
      throw new IllegalArgumentException("no API type known for " + typeOf(object));
    }
    return read(object, type);
  }

  private static void collectUnknown(Object value, String path, List<String> unknown) {
    if (value == null) {
      return;
    }
    if (value instanceof Collection<?> items) {
      int index = 0;
      for (Object item : items) {
        collectUnknown(item, path + "[" + index++ + "]", unknown);
      }
      return;
    }
    if (value instanceof Map<?, ?> entries) {
      entries.forEach((key, item) -> collectUnknown(item, path + "." + key, unknown));
      return;
    }
    if (!value.getClass().getName().startsWith("io.fabric8.") || value.getClass().isEnum()) {
      return;
    }
    for (Method getter : value.getClass().getMethods()) {
      if (!isGetter(getter)) {
        continue;
      }
      Object child = invoke(getter, value);
      if (getter.getName().equals("getAdditionalProperties")) {
        if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
          extra.keySet().forEach(key -> unknown.add(path + "." + key));
        }
      } else {
        collectUnknown(child, path + "." + property(getter), unknown);
      }
    }
  }

  private static boolean isGetter(Method method) {
    return method.getParameterCount() == 0
        && !Modifier.isStatic(method.getModifiers())
        && method.getName().startsWith("get")
        && !method.getName().equals("getClass")
        && method.getDeclaringClass().getName().startsWith("io.fabric8.");
  }

  private static String property(Method getter) {
    String name = getter.getName().substring(3);
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(getter.toString(), e);
    }
  }
}
