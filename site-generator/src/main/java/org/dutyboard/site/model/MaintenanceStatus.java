package org.dutyboard.site.model;

/** Lifecycle status of a scheduled maintenance, with Statuspage's wire value. */
public enum MaintenanceStatus {
  SCHEDULED("scheduled", "Scheduled"),
  IN_PROGRESS("in_progress", "In progress"),
  VERIFYING("verifying", "Verifying"),
  COMPLETED("completed", "Completed");

  private final String wireValue;
  private final String label;

  MaintenanceStatus(String wireValue, String label) {
    this.wireValue = wireValue;
    this.label = label;
  }

  public String wireValue() {
    return wireValue;
  }

  public String label() {
    return label;
  }

  /** In progress or verifying: the work is happening now. */
  public boolean active() {
    return this == IN_PROGRESS || this == VERIFYING;
  }
}
