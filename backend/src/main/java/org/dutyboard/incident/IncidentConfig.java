package org.dutyboard.incident;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Incident rules that teams tune. */
@ConfigMapping(prefix = "dutyboard.incident")
public interface IncidentConfig {
  /** How long a major (SEV1/SEV2) active incident may be without a coordinator before warning. */
  @WithDefault("PT15M")
  Duration coordinatorGrace();

  /** Prefix of human-readable incident references, e.g. INC for INC-42. */
  @WithDefault("INC")
  String referencePrefix();
}
