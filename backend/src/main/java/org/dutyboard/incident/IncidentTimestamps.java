package org.dutyboard.incident;

import java.time.Instant;
import java.util.List;
import org.dutyboard.common.error.DutyboardException;

/**
 * The order an incident's moments must have: impact starts, is detected, the incident is declared;
 * acknowledgement follows detection; mitigation follows the start; resolution follows mitigation;
 * closing follows resolution. None lies in the future. Missing moments are skipped.
 */
public final class IncidentTimestamps {
  private IncidentTimestamps() {}

  private record Rule(String earlierField, String laterField, Instant earlier, Instant later) {}

  /** Fails with VALIDATION naming the later field of the first violated rule. */
  public static void check(Incident i, Instant now) {
    List<Rule> rules =
        List.of(
            new Rule("startedAt", "detectedAt", i.startedAt, i.detectedAt),
            new Rule("startedAt", "declaredAt", i.startedAt, i.declaredAt),
            new Rule("detectedAt", "declaredAt", i.detectedAt, i.declaredAt),
            new Rule("detectedAt", "acknowledgedAt", i.detectedAt, i.acknowledgedAt),
            new Rule("startedAt", "mitigatedAt", i.startedAt, i.mitigatedAt),
            new Rule("startedAt", "resolvedAt", i.startedAt, i.resolvedAt),
            new Rule("mitigatedAt", "resolvedAt", i.mitigatedAt, i.resolvedAt),
            new Rule("resolvedAt", "closedAt", i.resolvedAt, i.closedAt));
    for (Rule rule : rules) {
      if (rule.earlier() != null && rule.later() != null && rule.later().isBefore(rule.earlier())) {
        String field =
            rule.laterField().equals("declaredAt") ? rule.earlierField() : rule.laterField();
        throw DutyboardException.validation(
            field, rule.laterField() + " cannot be before " + rule.earlierField());
      }
    }
    List<Instant> all =
        List.of(
            orNow(i.startedAt, now),
            orNow(i.detectedAt, now),
            orNow(i.acknowledgedAt, now),
            orNow(i.mitigatedAt, now),
            orNow(i.resolvedAt, now));
    String[] names = {"startedAt", "detectedAt", "acknowledgedAt", "mitigatedAt", "resolvedAt"};
    for (int k = 0; k < all.size(); k++) {
      if (all.get(k).isAfter(now)) {
        throw DutyboardException.validation(names[k], names[k] + " cannot be in the future");
      }
    }
  }

  private static Instant orNow(Instant value, Instant now) {
    return value == null ? now : value;
  }
}
