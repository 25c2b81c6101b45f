package org.dutyboard.clinic.requests;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RequestState")
@Description("Where a clinic request is in its lifecycle.")
public enum RequestState {
  @Description("Being triaged; approvals can be recorded.")
  OPEN,
  @Description(
      "Goes to the weekly meeting; cannot be approved or granted until the meeting decides.")
  NEEDS_MEETING_REVIEW,
  @Description(
      "Approved (by a person other than the requester, or by the meeting); can be granted.")
  APPROVED,
  @Description("Done: what was asked for was granted. Final.")
  GRANTED,
  @Description("Declined, by the clinician or the meeting. Final.")
  DECLINED;

  boolean isClosed() {
    return this == GRANTED || this == DECLINED;
  }
}
