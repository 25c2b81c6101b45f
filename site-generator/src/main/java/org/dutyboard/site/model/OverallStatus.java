package org.dutyboard.site.model;

import java.util.Collection;

/**
 * The banner at the top of the page, derived from the components' current statuses only.
 *
 * <p>Rule (first match wins): any major outage gives "Major outage" (indicator {@code critical});
 * else any partial outage gives "Partial outage" ({@code major}); else any degraded performance
 * gives "Degraded performance" ({@code minor}); else any maintenance gives "Under maintenance"
 * ({@code maintenance}); else "All systems operational" ({@code none}). The indicator values are
 * Statuspage's {@code status.indicator}.
 */
public enum OverallStatus {
  OPERATIONAL("none", "All systems operational", ComponentStatus.OPERATIONAL),
  MAINTENANCE("maintenance", "Under maintenance", ComponentStatus.UNDER_MAINTENANCE),
  DEGRADED("minor", "Degraded performance", ComponentStatus.DEGRADED_PERFORMANCE),
  PARTIAL_OUTAGE("major", "Partial outage", ComponentStatus.PARTIAL_OUTAGE),
  MAJOR_OUTAGE("critical", "Major outage", ComponentStatus.MAJOR_OUTAGE);

  private final String indicator;
  private final String description;
  private final ComponentStatus worstComponentStatus;

  OverallStatus(String indicator, String description, ComponentStatus worstComponentStatus) {
    this.indicator = indicator;
    this.description = description;
    this.worstComponentStatus = worstComponentStatus;
  }

  /** Applies the documented rule; no components means all operational. */
  public static OverallStatus of(Collection<ComponentStatus> statuses) {
    ComponentStatus worst =
        statuses.stream().reduce(ComponentStatus.OPERATIONAL, ComponentStatus::worst);
    for (OverallStatus overall : values()) {
      if (overall.worstComponentStatus == worst) {
        return overall;
      }
    }
    throw new IllegalStateException("no banner for " + worst);
  }

  /** Statuspage {@code status.indicator}: none, minor, major, critical or maintenance. */
  public String indicator() {
    return indicator;
  }

  /** Banner text, also Statuspage {@code status.description}. */
  public String description() {
    return description;
  }

  /** The component status whose presence (as the worst one) selects this banner. */
  public ComponentStatus worstComponentStatus() {
    return worstComponentStatus;
  }
}
