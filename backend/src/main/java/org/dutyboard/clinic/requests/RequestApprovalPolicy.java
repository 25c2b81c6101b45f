package org.dutyboard.clinic.requests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The clinic's approval rules, from the WMCS clinic duty page:
 *
 * <ul>
 *   <li>New project and quota requests need at least one approval from a person other than the
 *       requester and other than the person who grants it.
 *   <li>Floating IP requests, requests the clinician is unsure about, requests that more than
 *       double a quota ({@code requested > factor × current}) and requests that increase storage by
 *       more than the storage threshold go to the weekly meeting instead of being approvable.
 * </ul>
 *
 * Exactly double, or exactly the storage threshold, is not "more than" and stays approvable. A
 * resource without a current quota (0) cannot be "doubled"; only the absolute rules (storage,
 * floating IPs) apply to it.
 */
public final class RequestApprovalPolicy {
  private final double maxQuotaFactor;
  private final long maxStorageIncreaseGb;

  public RequestApprovalPolicy(double maxQuotaFactor, long maxStorageIncreaseGb) {
    if (!(maxQuotaFactor >= 1) || maxStorageIncreaseGb < 0) {
      throw new IllegalArgumentException("factor must be >= 1 and the storage limit >= 0");
    }
    this.maxQuotaFactor = maxQuotaFactor;
    this.maxStorageIncreaseGb = maxStorageIncreaseGb;
  }

  /** The policy's verdict on a request as written. */
  public record Assessment(
      boolean needsMeetingReview, List<String> reasons, boolean needsApproval) {
    public RequestState initialState() {
      return needsMeetingReview ? RequestState.NEEDS_MEETING_REVIEW : RequestState.OPEN;
    }
  }

  public Assessment assess(RequestKind kind, Collection<QuotaChange> changes, boolean unsure) {
    List<String> reasons = new ArrayList<>();
    if (kind == RequestKind.FLOATING_IP) {
      reasons.add("floating IP requests go to the weekly meeting");
    }
    if (unsure) {
      reasons.add("the clinician is unsure about it");
    }
    for (QuotaChange change : changes) {
      String name = change.resource().name().toLowerCase(java.util.Locale.ROOT);
      if (change.resource() == QuotaResource.FLOATING_IPS
          && change.requested() > change.current()
          && kind != RequestKind.FLOATING_IP) {
        reasons.add("it asks for floating IPs");
      }
      if (change.current() > 0 && change.requested() > maxQuotaFactor * change.current()) {
        reasons.add(
            name
                + " from "
                + change.current()
                + " to "
                + change.requested()
                + " is more than "
                + factorText()
                + " the quota");
      }
      long increase = change.requested() - change.current();
      if (change.resource() == QuotaResource.STORAGE_GB && increase > maxStorageIncreaseGb) {
        reasons.add(
            "storage grows by " + increase + " GB, more than " + maxStorageIncreaseGb + " GB");
      }
    }
    return new Assessment(!reasons.isEmpty(), List.copyOf(reasons), kind.needsApproval());
  }

  /** Why {@code approver} may not approve the request now, if they may not. */
  public Optional<String> approvalProblem(RequestState state, UUID requesterId, UUID approverId) {
    if (state == RequestState.NEEDS_MEETING_REVIEW) {
      return Optional.of("the request goes to the weekly meeting and cannot be approved here");
    }
    if (state.isClosed()) {
      return Optional.of("the request is " + state.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (Objects.equals(requesterId, approverId)) {
      return Optional.of("the requester cannot approve their own request");
    }
    return Optional.empty();
  }

  /**
   * Why {@code granter} may not grant the request now, if they may not. A meeting approval stands
   * in for the personal one.
   */
  public Optional<String> grantProblem(
      RequestKind kind,
      RequestState state,
      boolean approvedByMeeting,
      UUID requesterId,
      Collection<UUID> approverIds,
      UUID granterId) {
    if (state == RequestState.NEEDS_MEETING_REVIEW) {
      return Optional.of("the request waits for the weekly meeting's decision");
    }
    if (state.isClosed()) {
      return Optional.of("the request is " + state.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (!kind.needsApproval() || approvedByMeeting) {
      return Optional.empty();
    }
    boolean approved =
        approverIds.stream().anyMatch(a -> !a.equals(granterId) && !Objects.equals(a, requesterId));
    return approved
        ? Optional.empty()
        : Optional.of(
            "it needs an approval from someone other than the requester and the person granting"
                + " it");
  }

  private String factorText() {
    return maxQuotaFactor == 2 ? "double" : maxQuotaFactor + " times";
  }
}
