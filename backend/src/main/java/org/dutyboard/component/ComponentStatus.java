package org.dutyboard.component;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** How a component is doing, as a public status update states it. */
@Enum("ComponentStatus")
@Description("How a component is doing, as stated by a public status update.")
public enum ComponentStatus {
  @Description("Working normally.")
  OPERATIONAL,
  @Description("Working, but slower or less reliable than usual.")
  DEGRADED_PERFORMANCE,
  @Description("Unavailable for some users or some functions.")
  PARTIAL_OUTAGE,
  @Description("Unavailable for most or all users.")
  MAJOR_OUTAGE,
  @Description("Down for planned maintenance.")
  UNDER_MAINTENANCE
}
