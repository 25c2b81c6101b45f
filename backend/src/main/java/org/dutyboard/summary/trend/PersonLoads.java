package org.dutyboard.summary.trend;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.clinic.alertpage.AlertPageView;
import org.dutyboard.people.PersonView;
import org.dutyboard.rotation.fairness.FairnessCalculator.Tally;

/**
 * Load per person over a trend: on-duty and holiday hours summed over the team's rotations (the
 * fairness report's tallies), and the pages each person got first off hours. Most on-duty hours
 * first, then by name. Pure.
 */
public final class PersonLoads {
  private static final double SECONDS_PER_HOUR = 3600.0;

  private final Map<UUID, PersonView> people = new LinkedHashMap<>();
  private final Map<UUID, Duration> onDuty = new LinkedHashMap<>();
  private final Map<UUID, Duration> holiday = new LinkedHashMap<>();
  private final Map<UUID, Integer> offHoursPages = new LinkedHashMap<>();

  /** Adds one rotation's tallies; {@code people} names the people they refer to. */
  public PersonLoads addDuty(List<Tally> tallies, Map<UUID, PersonView> rotationPeople) {
    for (Tally t : tallies) {
      PersonView person = rotationPeople.get(t.personId());
      if (person == null) {
        continue; // someone no longer known: nothing to show
      }
      people.putIfAbsent(person.id(), person);
      onDuty.merge(person.id(), t.onDuty(), Duration::plus);
      holiday.merge(person.id(), t.holiday(), Duration::plus);
    }
    return this;
  }

  /** Adds the off-hours pages among {@code pages}, to the person each paged first. */
  public PersonLoads addPages(List<AlertPageView> pages, ZoneId fallback) {
    for (AlertPageView page : pages) {
      if (!page.onCall().isEmpty() && OffHours.isOffHours(page, fallback)) {
        PersonView person = page.onCall().get(0).person();
        people.putIfAbsent(person.id(), person);
        offHoursPages.merge(person.id(), 1, Integer::sum);
      }
    }
    return this;
  }

  public List<PersonLoadView> views() {
    List<PersonLoadView> result = new ArrayList<>();
    people.forEach(
        (id, person) ->
            result.add(
                new PersonLoadView(
                    person,
                    hours(onDuty.getOrDefault(id, Duration.ZERO)),
                    hours(holiday.getOrDefault(id, Duration.ZERO)),
                    offHoursPages.getOrDefault(id, 0))));
    result.sort(
        Comparator.comparingDouble(PersonLoadView::onDutyHours)
            .reversed()
            .thenComparing(l -> l.person().name())
            .thenComparing(l -> l.person().id()));
    return result;
  }

  private static double hours(Duration d) {
    return d.getSeconds() / SECONDS_PER_HOUR;
  }
}
