package org.dutyboard.rotation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ShiftSource")
@Description("Where an assignment of a person to a shift comes from.")
public enum ShiftSource {
  @Description("The rotation's roster and role rule.")
  ROTATION
}
