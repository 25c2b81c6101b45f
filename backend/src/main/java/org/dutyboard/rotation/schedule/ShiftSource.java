package org.dutyboard.rotation.schedule;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ShiftSource")
@Description("Where an assignment of a person to a shift comes from.")
public enum ShiftSource {
  @Description("The rotation's roster and role rule.")
  ROTATION,
  @Description("An explicit assignment, e.g. imported from a published schedule table.")
  EXPLICIT,
  @Description("An accepted trade between two people.")
  TRADE,
  @Description("An override for a time range (add, replace).")
  OVERRIDE
}
