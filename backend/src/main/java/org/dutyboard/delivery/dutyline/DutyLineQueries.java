package org.dutyboard.delivery.dutyline;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.delivery.settings.TeamDeliveryQueries;
import org.dutyboard.people.Team;
import org.dutyboard.rotation.Rotation;
import org.dutyboard.rotation.schedule.ScheduleQueries;
import org.dutyboard.summary.WeeklyReportViews;

/**
 * Who is on duty in a team's rotations now, by the team's slug (as in the weekly report's paths).
 * Anyone may read a team that made its line public; otherwise a VIEWER token is needed, and without
 * one a private team and a missing one look the same (UNAUTHENTICATED), so the answer reveals
 * nothing.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class DutyLineQueries {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,60}-([0-9a-f]{8})");

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject ScheduleQueries schedules;
  @Inject TeamDeliveryQueries settings;

  /** The result and whether it is public (for caching). */
  public record Answer(DutyLineView view, boolean isPublic) {}

  public Answer now(String slug) {
    Optional<Team> team = bySlug(slug);
    boolean open = team.isPresent() && settings.dutyLinePublic(team.get().id);
    if (!open) {
      caller.require(Role.VIEWER);
    }
    Team t = team.orElseThrow(() -> DutyboardException.notFound("team", "Team", slug));
    Instant now = clock.instant();
    List<DutyLineView.RotationDuty> rotations =
        Rotation.<Rotation>list("teamId", Sort.by("name").and("id"), t.id).stream()
            .map(r -> duty(r, now))
            .toList();
    return new Answer(new DutyLineView(t.name, now, rotations), open);
  }

  private DutyLineView.RotationDuty duty(Rotation rotation, Instant now) {
    List<DutyLine.Holder> holders =
        schedules.holdersAt(rotation.id, now).stream()
            .map(h -> new DutyLine.Holder(h.role(), h.person().name(), h.until()))
            .toList();
    return new DutyLineView.RotationDuty(
        rotation.name,
        DutyLine.of(rotation.name, ZoneId.of(rotation.timeZone), holders, now),
        holders);
  }

  private static Optional<Team> bySlug(String slug) {
    var m = SLUG.matcher(slug);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Team.<Team>list("cast(id as String) like ?1", m.group(1) + "%").stream()
        .filter(t -> WeeklyReportViews.slug(t.name, t.id).equals(slug))
        .findFirst();
  }
}
