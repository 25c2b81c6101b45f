package org.dutyboard.delivery.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.people.Team;

/** Sets where a team's weekly report goes (SCHEDULER), as {@code setTeamMeeting} sets when. */
@ApplicationScoped
@Transactional
public class TeamDeliveryService {
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject TeamDeliveryViews views;

  public TeamDeliveryView set(UUID teamId, TeamDeliveryInput input, Integer expectedVersion) {
    caller.require(Role.SCHEDULER);
    if (input == null) {
      throw DutyboardException.validation("input", "input is required");
    }
    Team team = Entities.require(Team.class, teamId, "teamId", "Team");
    String[] recipients = Recipients.validated(input.recipients()).toArray(String[]::new);
    String webhook =
        input.chatWebhookUrl() == null
            ? null
            : WebhookUrl.validated("chatWebhookUrl", input.chatWebhookUrl());
    TeamDelivery delivery = TeamDelivery.findById(teamId);
    if (delivery == null) {
      delivery = new TeamDelivery();
      delivery.teamId = teamId;
    } else {
      DutyboardException.checkVersion("TeamDelivery " + teamId, expectedVersion, delivery.version);
    }
    delivery.recipients = recipients;
    if (input.chatWebhookUrl() != null) {
      delivery.chatWebhookUrl = webhook;
    }
    delivery.dutyLinePublic = input.dutyLinePublic();
    delivery.updatedAt = clock.instant();
    delivery.persistAndFlush();
    return views.view(delivery, team);
  }
}
