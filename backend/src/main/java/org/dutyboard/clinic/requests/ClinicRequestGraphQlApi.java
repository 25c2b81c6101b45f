package org.dutyboard.clinic.requests;

import jakarta.inject.Inject;
import java.util.List;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.pagination.SliceRequest;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Clinic requests over GraphQL. Thin: parse, call one service method, map. */
@GraphQLApi
@GraphQlBoundary
public class ClinicRequestGraphQlApi {
  private static final String VERSION = "The version you edited; CONFLICT if it changed since.";

  @Inject ClinicRequestQueries queries;
  @Inject ClinicRequestService requests;

  @Query("clinicRequests")
  @Description("Clinic requests, newest first, optionally of one team and in some states. VIEWER.")
  public @NonNull ClinicRequestConnection clinicRequests(
      @Id @Description("Only this team's requests.") String teamId,
      @Description("Only requests in these states.") List<RequestState> states,
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return ClinicRequestConnection.of(
        queries.requests(Ids.parse(teamId, "teamId"), states, SliceRequest.of(first, after)));
  }

  @Query("clinicRequest")
  @Description("One clinic request by id. Needs VIEWER.")
  public ClinicRequestView clinicRequest(
      @Description("The clinic request.") @NonNull @Id String id) {
    return queries
        .request(Ids.parse(id, "id"))
        .orElseThrow(() -> DutyboardException.notFound("id", "Clinic request", id));
  }

  @Mutation("createClinicRequest")
  @Description(
      "Records a request for a team's clinic; the approval policy sets its state (OPEN or"
          + " NEEDS_MEETING_REVIEW). Needs RESPONDER on the team.")
  public @NonNull ClinicRequestView createClinicRequest(
      @Description("The team.") @NonNull @Id String teamId,
      @Description("What to create.") @NonNull ClinicRequestInput input) {
    return requests.create(Ids.parse(teamId, "teamId"), input);
  }

  @Mutation("updateClinicRequest")
  @Description(
      "Replaces an open request's content. Changing kind, requester, requested values or the"
          + " unsure flag withdraws approvals and re-assesses it. Needs RESPONDER on the team.")
  public @NonNull ClinicRequestView updateClinicRequest(
      @Description("The clinic request.") @NonNull @Id String id,
      @Description("The new content; replaces the old.") @NonNull ClinicRequestInput input,
      @Description(VERSION) Integer expectedVersion) {
    return requests.update(Ids.parse(id, "id"), input, expectedVersion);
  }

  @Mutation("approveClinicRequest")
  @Description(
      "Records the caller's approval (a token acting for a team member; not the requester)."
          + " Not possible while it needs meeting review.")
  public @NonNull ClinicRequestView approveClinicRequest(
      @Description("The clinic request.") @NonNull @Id String id,
      @Description("E.g. a link to the ticket comment.") String comment,
      @Description(VERSION) Integer expectedVersion) {
    return requests.approve(Ids.parse(id, "id"), comment, expectedVersion);
  }

  @Mutation("grantClinicRequest")
  @Description(
      "Marks the request granted. New projects and quota increases need an approval by someone"
          + " other than the requester and the caller (or the meeting's approval).")
  public @NonNull ClinicRequestView grantClinicRequest(
      @Description("The clinic request.") @NonNull @Id String id,
      @Description("What was done.") String note,
      @Description(VERSION) Integer expectedVersion) {
    return requests.grant(Ids.parse(id, "id"), note, expectedVersion);
  }

  @Mutation("declineClinicRequest")
  @Description("Declines an open request with a reason. Needs RESPONDER on the team.")
  public @NonNull ClinicRequestView declineClinicRequest(
      @Description("The clinic request.") @NonNull @Id String id,
      @NonNull @Description("Why, 1-4000 characters.") String reason,
      @Description(VERSION) Integer expectedVersion) {
    return requests.decline(Ids.parse(id, "id"), reason, expectedVersion);
  }

  @Mutation("recordMeetingDecision")
  @Description(
      "Records the weekly meeting's decision on a request that needed meeting review: approved"
          + " (then it can be granted) or declined. Needs RESPONDER on the team.")
  public @NonNull ClinicRequestView recordMeetingDecision(
      @Description("The clinic request.") @NonNull @Id String id,
      @Description("True if the meeting approved it.") boolean approved,
      @Description("The meeting's note.") String note,
      @Description(VERSION) Integer expectedVersion) {
    return requests.recordMeetingDecision(Ids.parse(id, "id"), approved, note, expectedVersion);
  }
}
