package org.dutyboard.incident;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("IncidentWarningCode")
@Description("Why an incident needs attention.")
public enum IncidentWarningCode {
  @Description(
      "A major active incident has been without a coordinator for longer than"
          + " `dutyboard.incident.coordinator-grace`.")
  NO_COORDINATOR
}
