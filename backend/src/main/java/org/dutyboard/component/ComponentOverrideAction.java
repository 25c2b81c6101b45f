package org.dutyboard.component;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ComponentOverrideAction")
@Description("What happened to a component's manual status.")
public enum ComponentOverrideAction {
  @Description("A status was set by hand.")
  SET,
  @Description("The manual status was cleared; the derived status applies again.")
  CLEAR
}
