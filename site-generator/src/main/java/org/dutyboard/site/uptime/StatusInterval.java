package org.dutyboard.site.uptime;

import java.time.Instant;
import java.util.Objects;
import org.dutyboard.site.model.ComponentStatus;

/** A half-open time range [start, end) during which one incident held a component in a status. */
public record StatusInterval(Instant start, Instant end, ComponentStatus status) {
  public StatusInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(status, "status");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("interval must end after it starts");
    }
  }
}
