package org.dutyboard.rotation.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dutyboard.rotation.LoadedRotation;
import org.dutyboard.rotation.RotationView;
import org.dutyboard.rotation.RotationViews;
import org.dutyboard.rotation.schedule.ScheduleComposer.ComposedShift;
import org.dutyboard.rotation.schedule.ScheduleComposer.Holder;

/** Assembles shift, assignment and on-call views from composed schedules. */
public final class ScheduleViews {
  private ScheduleViews() {}

  public static ShiftView shift(LoadedRotation loaded, ComposedShift composed) {
    return new ShiftView(
        (int) composed.shift().index(),
        composed.shift().start(),
        composed.shift().end(),
        composed.skipped(),
        composed.holders().stream().map(h -> assignment(loaded, h)).toList());
  }

  public static ShiftAssignmentView assignment(LoadedRotation loaded, Holder holder) {
    return new ShiftAssignmentView(
        holder.role(),
        loaded.people().get(holder.personId()),
        holder.source(),
        holder.start(),
        holder.end());
  }

  /** Who holds each role of each of {@code rotations} at {@code when}. */
  static List<OnCallView> onCall(List<LoadedRotation> rotations, Instant when) {
    List<OnCallView> result = new ArrayList<>();
    for (LoadedRotation loaded : rotations) {
      RotationView view = RotationViews.rotation(loaded);
      loaded
          .expansion()
          .shiftAt(when)
          .map(shift -> loaded.composer().compose(shift.index()))
          .ifPresent(
              composed ->
                  composed
                      .holdersAt(when)
                      .forEach(
                          h ->
                              result.add(
                                  new OnCallView(
                                      view,
                                      h.role(),
                                      loaded.people().get(h.personId()),
                                      h.source(),
                                      composed.shift().start(),
                                      composed.shift().end(),
                                      h.end()))));
    }
    return result;
  }
}
