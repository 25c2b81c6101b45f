package org.dutyboard.site.model;

/** Lifecycle status of an incident or of one of its public updates. */
public enum IncidentStatus {
  INVESTIGATING("investigating", "Investigating"),
  IDENTIFIED("identified", "Identified"),
  MONITORING("monitoring", "Monitoring"),
  RESOLVED("resolved", "Resolved"),
  POSTMORTEM("postmortem", "Postmortem");

  private final String wireValue;
  private final String label;

  IncidentStatus(String wireValue, String label) {
    this.wireValue = wireValue;
    this.label = label;
  }

  public String wireValue() {
    return wireValue;
  }

  public String label() {
    return label;
  }

  /** Resolved and postmortem incidents are over; the others are active. */
  public boolean closed() {
    return this == RESOLVED || this == POSTMORTEM;
  }
}
