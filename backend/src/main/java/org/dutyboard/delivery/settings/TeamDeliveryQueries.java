package org.dutyboard.delivery.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.people.Team;

/**
 * Reads a team's delivery settings: SCHEDULER (they hold addresses), and whether a line is public.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class TeamDeliveryQueries {
  @Inject Caller caller;
  @Inject TeamDeliveryViews views;

  public Optional<TeamDeliveryView> settings(UUID teamId) {
    caller.require(Role.SCHEDULER);
    Team team = Entities.require(Team.class, teamId, "teamId", "Team");
    return TeamDelivery.<TeamDelivery>findByIdOptional(teamId).map(d -> views.view(d, team));
  }

  /** Whether the team's duty line is public. No authorization: it decides who may read the line. */
  public boolean dutyLinePublic(UUID teamId) {
    return TeamDelivery.<TeamDelivery>findByIdOptional(teamId)
        .map(d -> d.dutyLinePublic)
        .orElse(false);
  }
}
