package org.dutyboard.rotation;

import java.time.DayOfWeek;
import org.dutyboard.common.graphql.LocalTimeOfDay;
import org.dutyboard.common.graphql.TimeZone;

/** Assembles the views of rotations from loaded rotations and their entities. */
public final class RotationViews {
  private RotationViews() {}

  public static RotationView rotation(LoadedRotation loaded) {
    Rotation r = loaded.rotation();
    return new RotationView(
        r.id,
        loaded.team(),
        r.name,
        r.description,
        new TimeZone(r.timeZone),
        r.startsOn,
        r.handoffDay == null ? null : Weekday.of(DayOfWeek.of(r.handoffDay)),
        LocalTimeOfDay.of(r.handoffTime),
        r.shiftLengthDays,
        loaded.roles().stream().map(RotationViews::role).toList(),
        loaded.latestRoster(),
        SkipPolicy.valueOf(r.skipPolicy),
        (int) r.version);
  }

  public static RotationRoleView role(RotationRole role) {
    return new RotationRoleView(role.name, role.position, role.rosterOffset);
  }
}
