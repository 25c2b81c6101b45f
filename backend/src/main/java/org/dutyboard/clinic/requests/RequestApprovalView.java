package org.dutyboard.clinic.requests;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RequestApproval")
@Description("A person's approval of a clinic request.")
public record RequestApprovalView(
    @Id @NonNull @Description("The approving person.") UUID approverId,
    @NonNull @Description("The approver's name when they approved.") String approverName,
    @Description("What they said, e.g. a link to their ticket comment.") String comment,
    @NonNull @Description("When they approved.") Instant approvedAt) {

  static RequestApprovalView of(RequestApproval a) {
    return new RequestApprovalView(a.approverPersonId, a.approverName, a.comment, a.approvedAt);
  }
}
