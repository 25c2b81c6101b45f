package org.dutyboard.site.uptime;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.dutyboard.site.model.ComponentStatus;

/**
 * Uptime of one component on one local day.
 *
 * @param date the day in the site's time zone
 * @param measured how much of the day counted: its real length (23, 24 or 25 hours around DST),
 *     shortened for today (up to "now") and for the day the component was created; zero means no
 *     data
 * @param disrupted time spent in each non-operational status (the worst status wins where incidents
 *     overlap, so these never add up to more than {@code measured})
 * @param uptimePercent uptime with 2 decimals, rounded down; null when there is no data
 * @param worst worst status seen that day
 */
public record DayUptime(
    LocalDate date,
    Duration measured,
    Map<ComponentStatus, Duration> disrupted,
    BigDecimal uptimePercent,
    ComponentStatus worst) {

  public DayUptime {
    disrupted = Map.copyOf(disrupted);
  }

  public boolean hasData() {
    return uptimePercent != null;
  }
}
