package org.dutyboard.clinic.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.clinic.requests.QuotaResource.CORES;
import static org.dutyboard.clinic.requests.QuotaResource.FLOATING_IPS;
import static org.dutyboard.clinic.requests.QuotaResource.RAM_GB;
import static org.dutyboard.clinic.requests.QuotaResource.STORAGE_GB;
import static org.dutyboard.clinic.requests.RequestKind.ACCESS;
import static org.dutyboard.clinic.requests.RequestKind.FLOATING_IP;
import static org.dutyboard.clinic.requests.RequestKind.MAIL_ALIAS;
import static org.dutyboard.clinic.requests.RequestKind.NEW_PROJECT;
import static org.dutyboard.clinic.requests.RequestKind.QUOTA_INCREASE;
import static org.dutyboard.clinic.requests.RequestState.APPROVED;
import static org.dutyboard.clinic.requests.RequestState.DECLINED;
import static org.dutyboard.clinic.requests.RequestState.GRANTED;
import static org.dutyboard.clinic.requests.RequestState.NEEDS_MEETING_REVIEW;
import static org.dutyboard.clinic.requests.RequestState.OPEN;

import java.util.List;
import java.util.UUID;
import org.dutyboard.clinic.requests.RequestApprovalPolicy.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestApprovalPolicyTest {
  private final RequestApprovalPolicy policy = new RequestApprovalPolicy(2, 300);
  private static final UUID REQUESTER = UUID.randomUUID();
  private static final UUID ANA = UUID.randomUUID();
  private static final UUID BEN = UUID.randomUUID();

  private Assessment quota(QuotaResource resource, long current, long requested) {
    return policy.assess(
        QUOTA_INCREASE, List.of(new QuotaChange(resource, current, requested)), false);
  }

  @ParameterizedTest(name = "{0} -> {1} cores needs meeting: {2}")
  @CsvSource({
    "8, 16, false",
    "8, 17, true",
    "8, 9, false",
    "8, 4, false",
    "1, 2, false",
    "1, 3, true"
  })
  void moreThanDoubleAQuotaGoesToTheMeeting(long current, long requested, boolean meeting) {
    Assessment assessment = quota(CORES, current, requested);
    assertThat(assessment.needsMeetingReview()).isEqualTo(meeting);
    assertThat(assessment.initialState()).isEqualTo(meeting ? NEEDS_MEETING_REVIEW : OPEN);
    if (meeting) {
      assertThat(assessment.reasons())
          .containsExactly(
              "cores from " + current + " to " + requested + " is more than double the quota");
    }
  }

  @ParameterizedTest(name = "storage {0} -> {1} GB needs meeting: {2}")
  @CsvSource({"1000, 1300, false", "1000, 1301, true", "500, 800, false", "500, 801, true"})
  void growingStorageByMoreThan300GbGoesToTheMeeting(
      long current, long requested, boolean meeting) {
    Assessment assessment = quota(STORAGE_GB, current, requested);
    assertThat(assessment.needsMeetingReview()).isEqualTo(meeting);
    if (meeting) {
      assertThat(assessment.reasons())
          .containsExactly("storage grows by " + (requested - current) + " GB, more than 300 GB");
    }
  }

  @Test
  void aNewProjectWithoutStorageMayAskForUpTo300Gb() {
    assertThat(
            policy
                .assess(NEW_PROJECT, List.of(new QuotaChange(STORAGE_GB, 0, 300)), false)
                .needsMeetingReview())
        .isFalse();
    assertThat(
            policy
                .assess(NEW_PROJECT, List.of(new QuotaChange(STORAGE_GB, 0, 301)), false)
                .reasons())
        .containsExactly("storage grows by 301 GB, more than 300 GB");
  }

  @Test
  void bothRulesCanApplyAtOnceAndEveryReasonIsGiven() {
    Assessment assessment =
        policy.assess(
            QUOTA_INCREASE,
            List.of(new QuotaChange(STORAGE_GB, 100, 500), new QuotaChange(RAM_GB, 32, 64)),
            true);
    assertThat(assessment.reasons())
        .containsExactly(
            "the clinician is unsure about it",
            "storage_gb from 100 to 500 is more than double the quota",
            "storage grows by 400 GB, more than 300 GB");
  }

  @Test
  void floatingIpRequestsAlwaysGoToTheMeeting() {
    assertThat(policy.assess(FLOATING_IP, List.of(), false).reasons())
        .containsExactly("floating IP requests go to the weekly meeting");
    assertThat(quota(FLOATING_IPS, 0, 1).reasons()).containsExactly("it asks for floating IPs");
  }

  @Test
  void anyRequestTheClinicianIsUnsureAboutGoesToTheMeeting() {
    assertThat(policy.assess(MAIL_ALIAS, List.of(), true).needsMeetingReview()).isTrue();
    assertThat(policy.assess(MAIL_ALIAS, List.of(), false).needsMeetingReview()).isFalse();
  }

  @Test
  void onlyNewProjectsAndQuotaIncreasesNeedAnApproval() {
    assertThat(policy.assess(NEW_PROJECT, List.of(), false).needsApproval()).isTrue();
    assertThat(policy.assess(QUOTA_INCREASE, List.of(), false).needsApproval()).isTrue();
    assertThat(policy.assess(ACCESS, List.of(), false).needsApproval()).isFalse();
    assertThat(policy.grantProblem(ACCESS, OPEN, false, REQUESTER, List.of(), ANA)).isEmpty();
  }

  @Test
  void grantingNeedsAnApprovalFromSomeoneOtherThanRequesterAndGranter() {
    assertThat(policy.grantProblem(NEW_PROJECT, OPEN, false, REQUESTER, List.of(), ANA))
        .contains(
            "it needs an approval from someone other than the requester and the person granting it");
    // Ana approved: she cannot also grant on her own approval, Ben can.
    assertThat(policy.grantProblem(NEW_PROJECT, APPROVED, false, REQUESTER, List.of(ANA), ANA))
        .isPresent();
    assertThat(policy.grantProblem(NEW_PROJECT, APPROVED, false, REQUESTER, List.of(ANA), BEN))
        .isEmpty();
    // An approval by the requester never counts.
    assertThat(
            policy.grantProblem(
                QUOTA_INCREASE, APPROVED, false, REQUESTER, List.of(REQUESTER), BEN))
        .isPresent();
    assertThat(policy.grantProblem(QUOTA_INCREASE, APPROVED, false, null, List.of(ANA), BEN))
        .isEmpty();
  }

  @Test
  void theRequesterCannotApproveTheirOwnRequest() {
    assertThat(policy.approvalProblem(OPEN, REQUESTER, REQUESTER))
        .contains("the requester cannot approve their own request");
    assertThat(policy.approvalProblem(OPEN, REQUESTER, ANA)).isEmpty();
    assertThat(policy.approvalProblem(APPROVED, null, ANA)).isEmpty();
  }

  @Test
  void meetingReviewBlocksApprovalAndGrantUntilTheMeetingDecides() {
    assertThat(policy.approvalProblem(NEEDS_MEETING_REVIEW, REQUESTER, ANA)).isPresent();
    assertThat(
            policy.grantProblem(
                QUOTA_INCREASE, NEEDS_MEETING_REVIEW, false, REQUESTER, List.of(ANA), BEN))
        .contains("the request waits for the weekly meeting's decision");
    // After the meeting approved it, its approval stands in for the personal one.
    assertThat(policy.grantProblem(QUOTA_INCREASE, APPROVED, true, REQUESTER, List.of(), ANA))
        .isEmpty();
  }

  @Test
  void closedRequestsCannotBeApprovedOrGranted() {
    assertThat(policy.approvalProblem(GRANTED, REQUESTER, ANA)).contains("the request is granted");
    assertThat(policy.grantProblem(OTHER_KIND, DECLINED, false, REQUESTER, List.of(), ANA))
        .contains("the request is declined");
  }

  private static final RequestKind OTHER_KIND = RequestKind.OTHER;

  @Test
  void thresholdsAreConfigurable() {
    RequestApprovalPolicy strict = new RequestApprovalPolicy(1.5, 100);
    assertThat(
            strict.assess(QUOTA_INCREASE, List.of(new QuotaChange(CORES, 10, 16)), false).reasons())
        .containsExactly("cores from 10 to 16 is more than 1.5 times the quota");
    assertThat(
            strict
                .assess(QUOTA_INCREASE, List.of(new QuotaChange(STORAGE_GB, 1000, 1101)), false)
                .needsMeetingReview())
        .isTrue();
  }
}
