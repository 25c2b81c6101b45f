package org.dutyboard.clinic.alertpage;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an Alertmanager webhook payload (version 4). Envelope problems reject the whole body
 * ({@link Rejected}); a bad alert in a valid envelope is set aside with its reason so the good ones
 * are still recorded.
 */
public final class AlertmanagerPayload {
  static final int MAX_FINGERPRINT = 64;
  static final int MAX_TEXT = 2000;

  /** Go's zero time: Alertmanager's way of saying "no end yet". */
  private static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

  private AlertmanagerPayload() {}

  /** One alert as Alertmanager reported it. {@code endsAt} is null while firing. */
  public record Alert(
      int index,
      String fingerprint,
      AlertPageStatus status,
      Map<String, String> labels,
      Map<String, String> annotations,
      Instant startsAt,
      Instant endsAt,
      String generatorUrl) {}

  /** An alert set aside, with the reason. */
  public record BadAlert(int index, String fingerprint, String reason) {}

  /** A readable notification: its receiver, good alerts and bad ones. */
  public record Batch(String receiver, List<Alert> alerts, List<BadAlert> bad) {}

  /** The body as a whole cannot be used; {@code field} names the JSON path at fault. */
  public static final class Rejected extends Exception {
    private final String field;

    Rejected(String field, String reason) {
      super(reason, null, false, false);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  public static Batch parse(byte[] body, ObjectMapper json) throws Rejected {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JacksonException e) {
      throw new Rejected(null, "the body is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new Rejected(null, "the body cannot be read");
    }
    if (root == null || !root.isObject()) {
      throw new Rejected(null, "the body must be a JSON object");
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isTextual()) {
      throw new Rejected("version", "version is missing; Alertmanager sends \"4\"");
    }
    if (!"4".equals(version.asText())) {
      throw new Rejected(
          "version", "unsupported payload version " + version.asText() + "; only \"4\" is read");
    }
    String receiver = requiredText(root, "receiver");
    JsonNode alerts = root.get("alerts");
    if (alerts == null || !alerts.isArray()) {
      throw new Rejected("alerts", "alerts must be an array");
    }
    if (alerts.isEmpty()) {
      throw new Rejected("alerts", "alerts is empty");
    }
    List<Alert> good = new ArrayList<>();
    List<BadAlert> bad = new ArrayList<>();
    for (int i = 0; i < alerts.size(); i++) {
      JsonNode node = alerts.get(i);
      try {
        good.add(alert(i, node));
      } catch (Rejected e) {
        String fingerprint =
            node.isObject() && node.path("fingerprint").isTextual()
                ? node.get("fingerprint").asText()
                : null;
        bad.add(new BadAlert(i, fingerprint, e.getMessage()));
      }
    }
    return new Batch(receiver, List.copyOf(good), List.copyOf(bad));
  }

  private static Alert alert(int index, JsonNode node) throws Rejected {
    if (!node.isObject()) {
      throw new Rejected(null, "alerts[" + index + "] is not an object");
    }
    String prefix = "alerts[" + index + "].";
    String fingerprint = requiredText(node, "fingerprint", prefix);
    if (fingerprint.length() > MAX_FINGERPRINT) {
      throw new Rejected(null, prefix + "fingerprint is over " + MAX_FINGERPRINT + " characters");
    }
    AlertPageStatus status =
        switch (requiredText(node, "status", prefix)) {
          case "firing" -> AlertPageStatus.FIRING;
          case "resolved" -> AlertPageStatus.RESOLVED;
          default -> throw new Rejected(null, prefix + "status must be firing or resolved");
        };
    Map<String, String> labels = strings(node.get("labels"), prefix + "labels", true);
    Map<String, String> annotations =
        strings(node.get("annotations"), prefix + "annotations", false);
    Instant startsAt = time(node.get("startsAt"), prefix + "startsAt");
    if (startsAt == null) {
      throw new Rejected(null, prefix + "startsAt is missing");
    }
    Instant endsAt =
        status == AlertPageStatus.RESOLVED ? time(node.get("endsAt"), prefix + "endsAt") : null;
    String generatorUrl = node.path("generatorURL").asText("");
    return new Alert(
        index,
        fingerprint,
        status,
        labels,
        annotations,
        startsAt,
        endsAt,
        generatorUrl.isEmpty() || generatorUrl.length() > MAX_TEXT ? null : generatorUrl);
  }

  private static String requiredText(JsonNode node, String field) throws Rejected {
    String value = node.path(field).isTextual() ? node.get(field).asText().strip() : "";
    if (value.isEmpty()) {
      throw new Rejected(field, field + " is missing or not a string");
    }
    return value;
  }

  private static String requiredText(JsonNode node, String field, String prefix) throws Rejected {
    try {
      return requiredText(node, field);
    } catch (Rejected e) {
      throw new Rejected(null, prefix + e.getMessage());
    }
  }

  private static Map<String, String> strings(JsonNode node, String path, boolean required)
      throws Rejected {
    Map<String, String> result = new TreeMap<>();
    if (node == null || node.isNull()) {
      if (required) {
        throw new Rejected(null, path + " is missing");
      }
      return result;
    }
    if (!node.isObject()) {
      throw new Rejected(null, path + " must be an object of strings");
    }
    var fields = node.fields();
    while (fields.hasNext()) {
      var entry = fields.next();
      if (!entry.getValue().isTextual() || entry.getValue().asText().length() > MAX_TEXT) {
        throw new Rejected(
            null,
            path
                + "."
                + entry.getKey()
                + " must be a string of at most "
                + MAX_TEXT
                + " characters");
      }
      result.put(entry.getKey(), entry.getValue().asText());
    }
    if (required && result.isEmpty()) {
      throw new Rejected(null, path + " is empty");
    }
    return result;
  }

  /** An RFC 3339 time, or null for a missing value or Go's zero time. */
  private static Instant time(JsonNode node, String path) throws Rejected {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new Rejected(null, path + " must be an RFC 3339 time");
    }
    try {
      Instant instant = OffsetDateTime.parse(node.asText()).toInstant();
      return instant.equals(GO_ZERO_TIME) ? null : instant;
    } catch (DateTimeParseException e) {
      throw new Rejected(null, path + " is not an RFC 3339 time: " + node.asText());
    }
  }
}
