package org.dutyboard.incident;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Visibility")
@Description("Who may see an incident.")
public enum Visibility {
  @Description("Every VIEWER sees it; its public status updates appear on the public status page.")
  PUBLIC,
  @Description(
      "Only its participants (declarer and role holders, past or present) and SECURITY/ADMIN"
          + " callers see it; others see at most an aggregate count. Nothing of it is public.")
  PRIVATE
}
