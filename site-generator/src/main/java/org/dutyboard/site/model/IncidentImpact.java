package org.dutyboard.site.model;

/** Declared impact of an incident, with Statuspage's wire value. */
public enum IncidentImpact {
  NONE("none", "No impact"),
  MINOR("minor", "Minor"),
  MAJOR("major", "Major"),
  CRITICAL("critical", "Critical");

  private final String wireValue;
  private final String label;

  IncidentImpact(String wireValue, String label) {
    this.wireValue = wireValue;
    this.label = label;
  }

  public String wireValue() {
    return wireValue;
  }

  public String label() {
    return label;
  }
}
