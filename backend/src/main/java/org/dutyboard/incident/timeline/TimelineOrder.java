package org.dutyboard.incident.timeline;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("TimelineOrder")
@Description("Order of a timeline page, by when entries happened.")
public enum TimelineOrder {
  @Description("Most recent first (the default: what is happening now).")
  NEWEST_FIRST,
  @Description("Oldest first (reading the story, writing the report).")
  OLDEST_FIRST
}
