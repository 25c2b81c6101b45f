package org.dutyboard.rotation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.people.PersonView;
import org.dutyboard.people.TeamView;
import org.dutyboard.rotation.ScheduleComposer.ComposedShift;
import org.dutyboard.rotation.ScheduleComposer.Holder;

/** A rotation with its roles, team and composed schedule (see {@link RotationLoader}). */
record LoadedRotation(
    Rotation rotation,
    List<RotationRole> roles,
    TeamView team,
    ScheduleComposer composer,
    Map<UUID, PersonView> people) {

  ShiftExpansion expansion() {
    return composer.expansion();
  }

  /** The most recent roster version, which applies from its shift on. */
  List<PersonView> latestRoster() {
    return composer
        .rosterAt(Long.MAX_VALUE)
        .map(v -> v.people().stream().map(people::get).toList())
        .orElse(List.of());
  }

  ShiftAssignmentView view(Holder holder) {
    return new ShiftAssignmentView(
        holder.role(),
        people.get(holder.personId()),
        holder.source(),
        holder.start(),
        holder.end());
  }

  ShiftView view(ComposedShift composed) {
    return new ShiftView(
        (int) composed.shift().index(),
        composed.shift().start(),
        composed.shift().end(),
        composed.skipped(),
        composed.holders().stream().map(this::view).toList());
  }
}
