package org.dutyboard.clinic.requests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ClinicRequest")
@Description("A community or clinic request the clinic duty triages.")
public record ClinicRequestView(
    @Id @NonNull @Description("Stable id (a UUID).") UUID id,
    @Id @NonNull @Description("The team whose clinic triages it.") UUID teamId,
    @NonNull @Description("What it asks for.") RequestKind kind,
    @NonNull @Description("Short title.") String title,
    @NonNull @Description("Who asked, as named in the ticket.") String requester,
    @Id @Description("The requester as a Dutyboard person, if they are one.") UUID requesterId,
    @Description("Link to the external ticket.") String ticketUrl,
    @Description("Details.") String details,
    @NonNull @Description("Requested values.") List<@NonNull QuotaChangeView> quotaChanges,
    @Description("The clinician flagged it as unsure.") boolean unsure,
    @NonNull @Description("Where it is in its lifecycle.") RequestState state,
    @Description("Whether a personal approval is needed before it is granted.")
        boolean needsApproval,
    @NonNull @Description("Why the approval policy sent it to the weekly meeting; empty if not.")
        List<@NonNull String> reviewReasons,
    @NonNull @Description("Approvals recorded with it, oldest first.")
        List<@NonNull RequestApprovalView> approvals,
    @Description("When the weekly meeting decided on it, if it did.") Instant meetingDecidedAt,
    @Description("The meeting's note.") String meetingNote,
    @Description("When it was granted or declined.") Instant closedAt,
    @Description("Who granted or declined it.") String closedBy,
    @Description("The grant note or decline reason.") String closeNote,
    @NonNull @Description("Who recorded it.") String createdBy,
    @NonNull @Description("When it was recorded.") Instant createdAt,
    @NonNull @Description("When it last changed.") Instant updatedAt,
    @Description("Version for optimistic locking; pass it back as `expectedVersion`.")
        int version) {

  static ClinicRequestView of(
      ClinicRequest r, List<QuotaChange> changes, List<RequestApprovalView> approvals) {
    return new ClinicRequestView(
        r.id,
        r.teamId,
        r.kind,
        r.title,
        r.requester,
        r.requesterPersonId,
        r.ticketUrl,
        r.details,
        changes.stream().map(QuotaChangeView::of).toList(),
        r.unsure,
        r.state,
        r.kind.needsApproval(),
        r.reviewReasons == null ? List.of() : List.of(r.reviewReasons.split("\n")),
        approvals,
        r.meetingDecidedAt,
        r.meetingNote,
        r.closedAt,
        r.closedByName,
        r.closeNote,
        r.createdByName,
        r.createdAt,
        r.updatedAt,
        (int) r.version);
  }
}
