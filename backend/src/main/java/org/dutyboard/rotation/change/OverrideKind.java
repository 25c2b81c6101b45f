package org.dutyboard.rotation.change;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("OverrideKind")
@Description("How an override changes who holds a role for its range.")
public enum OverrideKind {
  @Description("The given person holds the role instead of whoever was scheduled.")
  REPLACE,
  @Description("Nobody holds the role (shows up as a coverage gap).")
  REMOVE,
  @Description("The given person holds the role in addition to whoever was scheduled.")
  ADD
}
