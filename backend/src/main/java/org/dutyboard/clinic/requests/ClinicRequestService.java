package org.dutyboard.clinic.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.dutyboard.clinic.ClinicActor;
import org.dutyboard.clinic.ClinicActor.Actor;
import org.dutyboard.clinic.requests.RequestApprovalPolicy.Assessment;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.security.Role;

/**
 * Recording and deciding clinic requests. Writes need RESPONDER on the request's team; approvals
 * and grants are personal (see {@link ClinicActor}); the rules are {@link RequestApprovalPolicy}.
 */
@ApplicationScoped
@Transactional
public class ClinicRequestService {
  @Inject ClinicActor actors;
  @Inject ClinicConfig config;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject ClinicRequestViews loader;
  @Inject RequestContent content;

  public ClinicRequestView create(UUID teamId, ClinicRequestInput input) {
    Actor actor = actors.requireOnTeam(Role.RESPONDER, teamId);
    RequestContent.Checked checked = content.check(input);
    ClinicRequest request = new ClinicRequest();
    request.id = UUID.randomUUID();
    request.teamId = teamId;
    request.createdByName = actor.name();
    request.createdAt = clock.instant();
    apply(request, checked);
    request.persist();
    content.replaceChanges(request.id, checked.changes());
    em.flush();
    return loader.view(request);
  }

  /**
   * Replaces the content. Approvals and a meeting decision are for the values approved: changing
   * kind, requester, requested values or the unsure flag withdraws them and re-assesses the
   * request.
   */
  public ClinicRequestView update(UUID id, ClinicRequestInput input, Integer expectedVersion) {
    ClinicRequest request = requireOpen(id, expectedVersion);
    actors.requireOnTeam(Role.RESPONDER, request.teamId);
    RequestContent.Checked checked = content.check(input);
    boolean substantive =
        request.kind != checked.kind()
            || !request.requester.equals(checked.requester())
            || !Objects.equals(request.requesterPersonId, checked.requesterId())
            || request.unsure != checked.unsure()
            || !content.changes(request.id).equals(checked.changes());
    if (substantive) {
      RequestApproval.delete("requestId", request.id);
      request.meetingDecidedAt = null;
      request.meetingNote = null;
      apply(request, checked);
      content.replaceChanges(request.id, checked.changes());
    } else {
      request.title = checked.title();
      request.ticketUrl = checked.ticketUrl();
      request.details = checked.details();
      request.updatedAt = clock.instant();
    }
    em.flush();
    return loader.view(request);
  }

  public ClinicRequestView approve(UUID id, String comment, Integer expectedVersion) {
    ClinicRequest request = require(id, expectedVersion);
    Actor approver = actors.requirePersonOnTeam(Role.RESPONDER, request.teamId, "An approval");
    policy()
        .approvalProblem(request.state, request.requesterPersonId, approver.personId())
        .ifPresent(problem -> conflict(problem));
    if (RequestApproval.count("requestId = ?1 and approverPersonId = ?2", id, approver.personId())
        == 0) {
      RequestApproval approval = new RequestApproval();
      approval.id = UUID.randomUUID();
      approval.requestId = id;
      approval.approverPersonId = approver.personId();
      approval.approverName = approver.name();
      approval.comment = Texts.optional("comment", comment, 2000);
      approval.approvedAt = clock.instant();
      approval.persist();
    }
    request.state = RequestState.APPROVED;
    request.updatedAt = clock.instant();
    em.flush();
    return loader.view(request);
  }

  public ClinicRequestView grant(UUID id, String note, Integer expectedVersion) {
    ClinicRequest request = require(id, expectedVersion);
    Actor granter = actors.requirePersonOnTeam(Role.RESPONDER, request.teamId, "A grant");
    List<UUID> approvers =
        RequestApproval.<RequestApproval>list("requestId", id).stream()
            .map(a -> a.approverPersonId)
            .toList();
    policy()
        .grantProblem(
            request.kind,
            request.state,
            request.approvedByMeeting(),
            request.requesterPersonId,
            approvers,
            granter.personId())
        .ifPresent(problem -> conflict(problem));
    close(request, RequestState.GRANTED, granter, Texts.optional("note", note, 4000));
    return loader.view(request);
  }

  public ClinicRequestView decline(UUID id, String reason, Integer expectedVersion) {
    ClinicRequest request = requireOpen(id, expectedVersion);
    Actor actor = actors.requireOnTeam(Role.RESPONDER, request.teamId);
    close(request, RequestState.DECLINED, actor, Texts.required("reason", reason, 4000));
    return loader.view(request);
  }

  /** The weekly meeting's decision on a request it had to review. */
  public ClinicRequestView recordMeetingDecision(
      UUID id, boolean approved, String note, Integer expectedVersion) {
    ClinicRequest request = require(id, expectedVersion);
    Actor actor = actors.requireOnTeam(Role.RESPONDER, request.teamId);
    if (request.state != RequestState.NEEDS_MEETING_REVIEW) {
      conflict("only requests that need meeting review get a meeting decision");
    }
    request.meetingDecidedAt = clock.instant();
    request.meetingNote = Texts.optional("note", note, 4000);
    if (approved) {
      request.state = RequestState.APPROVED;
      request.updatedAt = request.meetingDecidedAt;
      em.flush();
    } else {
      close(request, RequestState.DECLINED, actor, request.meetingNote);
    }
    return loader.view(request);
  }

  /** Sets the content and lets the policy decide the state; requested values are stored apart. */
  private void apply(ClinicRequest request, RequestContent.Checked checked) {
    Assessment assessment = policy().assess(checked.kind(), checked.changes(), checked.unsure());
    request.kind = checked.kind();
    request.title = checked.title();
    request.requester = checked.requester();
    request.requesterPersonId = checked.requesterId();
    request.ticketUrl = checked.ticketUrl();
    request.details = checked.details();
    request.unsure = checked.unsure();
    request.state = assessment.initialState();
    request.reviewReasons =
        assessment.reasons().isEmpty() ? null : String.join("\n", assessment.reasons());
    request.updatedAt = clock.instant();
  }

  private void close(ClinicRequest request, RequestState state, Actor actor, String note) {
    request.state = state;
    request.closedAt = clock.instant();
    request.closedByPersonId = actor.personId();
    request.closedByName = actor.name();
    request.closeNote = note;
    request.updatedAt = request.closedAt;
    em.flush();
  }

  private ClinicRequest require(UUID id, Integer expectedVersion) {
    actors.requireRole(Role.RESPONDER); // before the lookup: outsiders learn nothing from it
    ClinicRequest request = Entities.require(ClinicRequest.class, id, "id", "Clinic request");
    actors.requireOnTeam(Role.RESPONDER, request.teamId);
    DutyboardException.checkVersion("Clinic request " + id, expectedVersion, request.version);
    return request;
  }

  private ClinicRequest requireOpen(UUID id, Integer expectedVersion) {
    ClinicRequest request = require(id, expectedVersion);
    if (request.state.isClosed()) {
      conflict("the request is already " + request.state.name().toLowerCase(java.util.Locale.ROOT));
    }
    return request;
  }

  private RequestApprovalPolicy policy() {
    return config.policy();
  }

  private static void conflict(String problem) {
    throw DutyboardException.conflict("state", "Not possible: " + problem);
  }
}
