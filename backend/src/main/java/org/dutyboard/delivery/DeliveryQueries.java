package org.dutyboard.delivery;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.people.Team;

/** Reads deliveries: SCHEDULER (and ADMIN), who set them up and fix what fails. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class DeliveryQueries {
  /** Most weeks one request returns (two channels each at most: a bounded list, no cursor). */
  public static final int MAX_WEEKS = 52;

  @Inject Caller caller;
  @Inject EntityManager em;

  /** The deliveries of the team's last {@code weeks} produced weeks, newest first, email first. */
  public List<DeliveryView> deliveries(UUID teamId, Integer weeks) {
    caller.require(Role.SCHEDULER);
    int n = weeks == null ? 4 : weeks;
    if (n < 1 || n > MAX_WEEKS) {
      throw DutyboardException.validation("weeks", "weeks must be 1.." + MAX_WEEKS);
    }
    Entities.require(Team.class, teamId, "teamId", "Team");
    List<LocalDate> dates =
        em.createQuery(
                "select distinct d.meetingDate from Delivery d where d.teamId = :team"
                    + " order by d.meetingDate desc",
                LocalDate.class)
            .setParameter("team", teamId)
            .setMaxResults(n)
            .getResultList();
    if (dates.isEmpty()) {
      return List.of();
    }
    // EMAIL before CHAT: the enum names sort the other way.
    List<Delivery> rows =
        Delivery.list(
            "teamId = :team and any_of(:dates, meetingDate) order by meetingDate desc, channel desc",
            Parameters.with("team", teamId).and("dates", dates.toArray(LocalDate[]::new)));
    return rows.stream().map(DeliveryViews::view).toList();
  }
}
