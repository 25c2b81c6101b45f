package org.dutyboard.summary.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.people.Team;
import org.dutyboard.rotation.Weekday;

/** A team's weekly SRE meeting: set by SCHEDULER, read by VIEWER. */
@ApplicationScoped
@Transactional
public class TeamMeetingService {
  /** Used until a team sets its meeting: Mondays 10:00 UTC. */
  public static final MeetingWeek DEFAULT =
      new MeetingWeek(Weekday.MONDAY.toDayOfWeek(), LocalTime.of(10, 0), ZoneOffset.UTC);

  @Inject Caller caller;
  @Inject Clock clock;

  @Transactional(TxType.SUPPORTS)
  public Optional<TeamMeetingView> meeting(UUID teamId) {
    caller.require(Role.VIEWER);
    return TeamMeeting.<TeamMeeting>findByIdOptional(teamId).map(TeamMeetingView::of);
  }

  /** The team's meeting week rule, or {@link #DEFAULT}. No authorization: for other services. */
  @Transactional(TxType.SUPPORTS)
  public MeetingWeek weekRule(UUID teamId) {
    return TeamMeeting.<TeamMeeting>findByIdOptional(teamId).map(TeamMeeting::week).orElse(DEFAULT);
  }

  public TeamMeetingView set(UUID teamId, TeamMeetingInput input, Integer expectedVersion) {
    caller.require(Role.SCHEDULER);
    if (input == null) {
      throw DutyboardException.validation("input", "input is required");
    }
    Entities.require(Team.class, teamId, "teamId", "Team");
    if (input.weekday() == null) {
      throw DutyboardException.validation("weekday", "weekday is required");
    }
    LocalTime time = input.time().toLocalTime("time");
    String zone = input.timeZone().toZoneId("timeZone").getId();
    TeamMeeting meeting = TeamMeeting.findById(teamId);
    if (meeting == null) {
      meeting = new TeamMeeting();
      meeting.teamId = teamId;
    } else {
      DutyboardException.checkVersion("TeamMeeting " + teamId, expectedVersion, meeting.version);
    }
    meeting.weekday = input.weekday();
    meeting.localTime = time;
    meeting.timeZone = zone;
    meeting.updatedAt = clock.instant();
    meeting.persistAndFlush();
    return TeamMeetingView.of(meeting);
  }
}
