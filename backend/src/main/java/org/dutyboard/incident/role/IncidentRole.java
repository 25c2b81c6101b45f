package org.dutyboard.incident.role;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("IncidentRole")
@Description(
    "A role in an incident. COORDINATOR, COMMUNICATIONS and SCRIBE have one holder at a time"
        + " (assigning hands over from the previous one); RESPONDER has any number.")
public enum IncidentRole {
  @Description(
      "The Incident Coordinator (IC): keeps the status document, coordinates, alone closes.")
  COORDINATOR,
  @Description("Works on restoring the service and reports actions to the coordinator.")
  RESPONDER,
  @Description("Handles communication: status page and other teams.")
  COMMUNICATIONS,
  @Description("Writes the timeline for the coordinator.")
  SCRIBE;

  public boolean singleHolder() {
    return this != RESPONDER;
  }
}
