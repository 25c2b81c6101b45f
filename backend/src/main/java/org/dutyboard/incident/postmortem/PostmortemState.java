package org.dutyboard.incident.postmortem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PostmortemState")
@Description(
    "Incident report lifecycle: DRAFT -> IN_REVIEW -> PUBLISHED (IN_REVIEW -> DRAFT for changes).")
public enum PostmortemState {
  @Description("Being written.")
  DRAFT,
  @Description("Complete enough to review; the incident may be closed from here on.")
  IN_REVIEW,
  @Description("Reviewed and final; read-only.")
  PUBLISHED
}
