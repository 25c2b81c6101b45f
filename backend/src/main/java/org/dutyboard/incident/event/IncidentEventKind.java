package org.dutyboard.incident.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("IncidentEventKind")
@Description("What changed about an incident.")
public enum IncidentEventKind {
  @Description("It was declared.")
  DECLARED,
  @Description("Its details (title, summary, severity, components, timestamps) changed.")
  UPDATED,
  @Description("Its status changed, or it was reopened.")
  STATUS_CHANGED,
  @Description("Someone assumed or handed over a role.")
  ROLE_CHANGED,
  @Description("Its visibility changed.")
  VISIBILITY_CHANGED,
  @Description("A timeline entry was added.")
  TIMELINE_ENTRY_ADDED,
  @Description("A public status update was posted.")
  STATUS_UPDATE_POSTED,
  @Description("Its report changed state or was waived.")
  POSTMORTEM_CHANGED
}
