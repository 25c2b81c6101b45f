package org.dutyboard.delivery.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.dutyboard.common.PublicUrl;
import org.dutyboard.people.Team;
import org.dutyboard.summary.WeeklyReportViews;

/**
 * Team delivery settings to their view: the webhook masked, the duty line's address spelled out.
 */
@ApplicationScoped
public class TeamDeliveryViews {
  @Inject PublicUrl publicUrl;

  TeamDeliveryView view(TeamDelivery d, Team team) {
    return new TeamDeliveryView(
        d.teamId,
        List.of(d.recipients),
        WebhookUrl.masked(d.chatWebhookUrl),
        d.dutyLinePublic,
        publicUrl.link("/duty/" + WeeklyReportViews.slug(team.name, team.id) + ".txt"),
        (int) d.version);
  }
}
