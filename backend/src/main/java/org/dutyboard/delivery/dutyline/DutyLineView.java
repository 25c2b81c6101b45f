package org.dutyboard.delivery.dutyline;

import java.time.Instant;
import java.util.List;

/** {@code /duty/<team>.json}: who is on duty in each of a team's rotations at {@code at}. */
public record DutyLineView(String team, Instant at, List<RotationDuty> rotations) {

  /** One rotation: its line as in the {@code .txt}, and the role holders in role order. */
  public record RotationDuty(String rotation, String line, List<DutyLine.Holder> holders) {}

  /** The plain-text form: one line per rotation. */
  public String text() {
    StringBuilder text = new StringBuilder();
    rotations.forEach(r -> text.append(r.line()).append('\n'));
    return text.isEmpty() ? team + ": no rotations\n" : text.toString();
  }
}
