package org.dutyboard.incident.postmortem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ReportState")
@Description(
    "Incident report lifecycle: DRAFT -> IN_REVIEW -> PUBLISHED (IN_REVIEW -> DRAFT for changes).")
public enum ReportState {
  @Description("Being written.")
  DRAFT,
  @Description("Complete enough to review; the incident may be closed from here on.")
  IN_REVIEW,
  @Description("Reviewed and final; read-only.")
  PUBLISHED
}
