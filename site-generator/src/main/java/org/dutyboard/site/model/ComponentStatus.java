package org.dutyboard.site.model;

/**
 * The public status of one component, with Statuspage's wire value.
 *
 * <p>{@link #severity()} orders statuses for "worst wins" decisions (banner, group status, uptime
 * day colour): major outage, partial outage, degraded performance, under maintenance, operational.
 */
public enum ComponentStatus {
  OPERATIONAL("operational", "Operational", 0),
  DEGRADED_PERFORMANCE("degraded_performance", "Degraded performance", 2),
  PARTIAL_OUTAGE("partial_outage", "Partial outage", 3),
  MAJOR_OUTAGE("major_outage", "Major outage", 4),
  UNDER_MAINTENANCE("under_maintenance", "Under maintenance", 1);

  private final String wireValue;
  private final String label;
  private final int severity;

  ComponentStatus(String wireValue, String label, int severity) {
    this.wireValue = wireValue;
    this.label = label;
    this.severity = severity;
  }

  /** Statuspage v2 value, e.g. {@code partial_outage}. */
  public String wireValue() {
    return wireValue;
  }

  /** Human label shown next to the icon. */
  public String label() {
    return label;
  }

  /** Higher is worse; operational is 0. */
  public int severity() {
    return severity;
  }

  /** The worse of two statuses. */
  public ComponentStatus worst(ComponentStatus other) {
    return other.severity > severity ? other : this;
  }
}
