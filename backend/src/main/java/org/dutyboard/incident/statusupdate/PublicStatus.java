package org.dutyboard.incident.statusupdate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PublicStatus")
@Description("The state a public status update announces.")
public enum PublicStatus {
  @Description("We are investigating reports of a problem.")
  INVESTIGATING,
  @Description("The cause is identified and a fix is being worked on.")
  IDENTIFIED,
  @Description("A fix is in place and we are monitoring the results.")
  MONITORING,
  @Description("The incident is resolved.")
  RESOLVED
}
