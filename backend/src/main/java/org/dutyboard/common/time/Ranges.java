package org.dutyboard.common.time;

import java.time.Instant;
import org.dutyboard.common.error.DutyboardException;

/** The one check of a half-open range argument pair {@code [from, to)}. */
public final class Ranges {
  private Ranges() {}

  /** Fails with VALIDATION naming {@code from} or {@code to} unless both are set and from < to. */
  public static void requireValid(Instant from, Instant to) {
    if (from == null) {
      throw DutyboardException.validation("from", "from is required");
    }
    if (to == null) {
      throw DutyboardException.validation("to", "to is required");
    }
    if (!to.isAfter(from)) {
      throw DutyboardException.validation("to", "to must be after from");
    }
  }
}
