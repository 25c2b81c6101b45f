package org.dutyboard.rotation.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.dutyboard.rotation.schedule.ScheduleComposer.Holder;
import org.dutyboard.rotation.schedule.ScheduleComposer.Override;
import org.dutyboard.rotation.schedule.ShiftExpansion.Shift;

/**
 * The last layer of {@link ScheduleComposer}: overrides replace, remove or add a holder for any
 * time range, so a shift is cut at every override boundary inside it; each piece gets its holders
 * (later overrides win), and consecutive pieces of the same person and source join again.
 */
final class OverrideLayer {
  private OverrideLayer() {}

  /**
   * Splits the shift at the boundaries of the role's overrides and decides each piece's holders;
   * {@code base} holds the whole shift before overrides (none when skipped or unstaffed).
   */
  static List<Holder> apply(
      Shift shift, String role, Optional<Holder> base, List<Override> overrides) {
    List<Override> relevant =
        overrides.stream()
            .filter(o -> o.role().equals(role))
            .filter(o -> o.start().isBefore(shift.end()) && o.end().isAfter(shift.start()))
            .toList();
    if (relevant.isEmpty()) {
      return base.map(List::of).orElse(List.of());
    }
    TreeSet<Instant> cuts = new TreeSet<>(List.of(shift.start(), shift.end()));
    for (Override o : relevant) {
      if (o.start().isAfter(shift.start())) {
        cuts.add(o.start());
      }
      if (o.end().isBefore(shift.end())) {
        cuts.add(o.end());
      }
    }
    List<Holder> result = new ArrayList<>();
    Instant from = null;
    for (Instant cut : cuts) {
      if (from != null) {
        result.addAll(piece(from, cut, role, base, relevant));
      }
      from = cut;
    }
    return merge(result);
  }

  private static List<Holder> piece(
      Instant from, Instant to, String role, Optional<Holder> base, List<Override> overrides) {
    List<Holder> holders = new ArrayList<>();
    base.ifPresent(b -> holders.add(new Holder(role, b.personId(), b.source(), from, to)));
    for (Override o : overrides) {
      if (!o.start().isBefore(to) || !o.end().isAfter(from)) {
        continue;
      }
      switch (o.kind()) {
        case REPLACE -> {
          holders.clear();
          holders.add(new Holder(role, o.personId(), ShiftSource.OVERRIDE, from, to));
        }
        case REMOVE -> holders.clear();
        case ADD -> {
          if (holders.stream().noneMatch(h -> h.personId().equals(o.personId()))) {
            holders.add(new Holder(role, o.personId(), ShiftSource.OVERRIDE, from, to));
          }
        }
      }
    }
    return holders;
  }

  /** Joins consecutive pieces of the same person and source into one holder. */
  private static List<Holder> merge(List<Holder> pieces) {
    List<Holder> merged = new ArrayList<>();
    for (Holder h : pieces) {
      Optional<Holder> previous =
          merged.stream()
              .filter(m -> m.personId().equals(h.personId()) && m.source() == h.source())
              .filter(m -> m.end().equals(h.start()))
              .findFirst();
      if (previous.isPresent()) {
        merged.set(
            merged.indexOf(previous.get()),
            new Holder(h.role(), h.personId(), h.source(), previous.get().start(), h.end()));
      } else {
        merged.add(h);
      }
    }
    return merged;
  }
}
