package org.dutyboard.clinic.requests;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Thresholds of the clinic's {@link RequestApprovalPolicy}. */
@ConfigMapping(prefix = "dutyboard.clinic")
public interface ClinicConfig {
  /** A requested quota above this multiple of the current one goes to the weekly meeting. */
  @WithDefault("2")
  double maxQuotaFactor();

  /** A storage increase above this many GB goes to the weekly meeting. */
  @WithDefault("300")
  long maxStorageIncreaseGb();

  default RequestApprovalPolicy policy() {
    return new RequestApprovalPolicy(maxQuotaFactor(), maxStorageIncreaseGb());
  }
}
