package org.dutyboard.rotation.fairness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.people.PersonView;
import org.dutyboard.rotation.fairness.FairnessCalculator.Tally;
import org.dutyboard.rotation.schedule.ComposedSchedules;
import org.dutyboard.rotation.schedule.ComposedSchedules.RotationSchedule;
import org.dutyboard.rotation.schedule.ScheduleConfig;

/** The fairness report of a rotation (see {@link FairnessCalculator} for the rules). */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class FairnessService {
  private static final double SECONDS_PER_HOUR = 3600.0;

  @Inject Caller caller;
  @Inject ComposedSchedules schedules;
  @Inject FairnessConfig config;
  @Inject ScheduleConfig limits;

  public FairnessReportView report(UUID rotationId, Instant from, Instant to) {
    caller.require(Role.VIEWER);
    if (from == null) {
      throw DutyboardException.validation("from", "from is required");
    }
    if (to == null || !to.isAfter(from)) {
      throw DutyboardException.validation("to", "to must be after from");
    }
    if (Duration.between(from, to).compareTo(Duration.ofDays(limits.maxRangeDays())) > 0) {
      throw DutyboardException.validation(
          "to", "the range may span at most " + limits.maxRangeDays() + " days");
    }
    RotationSchedule schedule =
        schedules
            .rotation(rotationId)
            .orElseThrow(() -> DutyboardException.notFound("rotationId", "Rotation", rotationId));
    Set<LocalDate> holidays = new TreeSet<>(config.holidays().orElse(List.of()));
    List<Tally> tallies =
        new FairnessCalculator(schedule.zone(), holidays)
            .tally(
                schedule.composer(),
                schedule.roles(),
                from,
                to,
                schedule.rotation().roster().stream().map(PersonView::id).toList());
    LocalDate firstDay = from.atZone(schedule.zone()).toLocalDate();
    LocalDate lastDay = to.atZone(schedule.zone()).toLocalDate();
    return new FairnessReportView(
        schedule.rotation(),
        from,
        to,
        holidays.stream().filter(d -> !d.isBefore(firstDay) && !d.isAfter(lastDay)).toList(),
        tallies.stream()
            .filter(t -> schedule.person(t.personId()).isPresent())
            .map(t -> view(schedule.person(t.personId()).get(), t))
            .toList());
  }

  private static PersonFairnessView view(PersonView person, Tally t) {
    return new PersonFairnessView(
        person,
        t.shifts(),
        hours(t.onDuty()),
        hours(t.weekend()),
        hours(t.holiday()),
        t.overridesTaken(),
        t.overridesGiven(),
        t.tradesTaken(),
        t.tradesGiven());
  }

  private static double hours(Duration d) {
    return d.getSeconds() / SECONDS_PER_HOUR;
  }
}
