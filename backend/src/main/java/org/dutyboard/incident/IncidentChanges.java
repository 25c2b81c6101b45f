package org.dutyboard.incident;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dutyboard.common.error.Texts;

/**
 * The field changes of an incident update: each given field is checked, applied, and named in
 * {@code changed} when its value differs, so the timeline says what changed.
 */
final class IncidentChanges {
  private IncidentChanges() {}

  static void texts(Incident incident, UpdateIncidentInput input, List<String> changed) {
    apply(
        changed,
        "title",
        input.title(),
        t -> Texts.singleLine("title", t, 200),
        () -> incident.title,
        v -> incident.title = v);
    apply(
        changed,
        "summary",
        input.summary(),
        t -> Texts.optional("summary", t, 10_000),
        () -> incident.summary,
        v -> incident.summary = v);
    apply(
        changed,
        "publicTitle",
        input.publicTitle(),
        t -> Texts.optional("publicTitle", t, 200),
        () -> incident.publicTitle,
        v -> incident.publicTitle = v);
  }

  static void moments(Incident incident, UpdateIncidentInput input, List<String> changed) {
    Function<Instant, Instant> same = Function.identity();
    apply(
        changed,
        "startedAt",
        input.startedAt(),
        same,
        () -> incident.startedAt,
        v -> incident.startedAt = v);
    apply(
        changed,
        "detectedAt",
        input.detectedAt(),
        same,
        () -> incident.detectedAt,
        v -> incident.detectedAt = v);
    apply(
        changed,
        "acknowledgedAt",
        input.acknowledgedAt(),
        same,
        () -> incident.acknowledgedAt,
        v -> incident.acknowledgedAt = v);
    apply(
        changed,
        "mitigatedAt",
        input.mitigatedAt(),
        same,
        () -> incident.mitigatedAt,
        v -> incident.mitigatedAt = v);
  }

  /** The facts {@code PostmortemRequirement} decides on. */
  static void postmortemFacts(Incident incident, UpdateIncidentInput input, List<String> changed) {
    apply(
        changed,
        "teamInvolvement",
        input.teamInvolvement(),
        Function.identity(),
        () -> incident.teamInvolvement,
        v -> incident.teamInvolvement = v);
    apply(
        changed,
        "rollbackOrHotfix",
        input.rollbackOrHotfix(),
        Function.identity(),
        () -> incident.rollbackOrHotfix,
        v -> incident.rollbackOrHotfix = v);
    apply(
        changed,
        "rollbackDuringTestingPhase",
        input.rollbackDuringTestingPhase(),
        Function.identity(),
        () -> incident.rollbackDuringTestingPhase,
        v -> incident.rollbackDuringTestingPhase = v);
  }

  /**
   * Applies {@code raw} (null: leave the field as it is) after {@code check}, and notes {@code
   * name} in {@code changed} when the value differs.
   */
  static <I, T> void apply(
      List<String> changed,
      String name,
      I raw,
      Function<I, T> check,
      Supplier<T> current,
      Consumer<T> set) {
    if (raw == null) {
      return;
    }
    T before = current.get();
    T after = check.apply(raw);
    set.accept(after);
    if (!Objects.equals(before, after)) {
      changed.add(name);
    }
  }
}
