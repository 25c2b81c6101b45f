package org.dutyboard.site.uptime;

import java.math.BigDecimal;
import java.util.List;

/**
 * Uptime bars of one component.
 *
 * @param componentId the component
 * @param days one entry per local day, oldest first, ending today
 * @param uptimePercent over all measured time of the window, 2 decimals rounded down; null when no
 *     day has data
 */
public record ComponentUptime(String componentId, List<DayUptime> days, BigDecimal uptimePercent) {
  public ComponentUptime {
    days = List.copyOf(days);
  }
}
