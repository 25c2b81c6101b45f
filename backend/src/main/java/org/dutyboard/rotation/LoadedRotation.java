package org.dutyboard.rotation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.people.PersonView;
import org.dutyboard.people.TeamView;
import org.dutyboard.rotation.schedule.ScheduleComposer;
import org.dutyboard.rotation.schedule.ShiftExpansion;

/** A rotation with its roles, team and composed schedule (see {@link RotationRepository}). */
public record LoadedRotation(
    Rotation rotation,
    List<RotationRole> roles,
    TeamView team,
    ScheduleComposer composer,
    Map<UUID, PersonView> people) {

  public ShiftExpansion expansion() {
    return composer.expansion();
  }

  /** The most recent roster version, which applies from its shift on. */
  public List<PersonView> latestRoster() {
    return composer
        .rosterAt(Long.MAX_VALUE)
        .map(v -> v.people().stream().map(people::get).toList())
        .orElse(List.of());
  }
}
