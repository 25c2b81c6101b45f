package org.dutyboard.incident;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Audience")
@Description("Who is affected by an incident.")
public enum Audience {
  @Description("People reading the sites (the broadest audience).")
  READERS,
  @Description("Editors and other contributors.")
  CONTRIBUTORS,
  @Description("Internal users: staff, developers, internal tooling.")
  INTERNAL
}
