package org.dutyboard.maintenance.vendor;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * How a vendor maintenance affects a service (BCOP {@code X-MAINTNOTE-IMPACT} and the per-object
 * {@code X-MAINTNOTE-OBJECT-IMPACT} parameter), from least to most severe.
 */
@Enum("MaintenanceImpact")
@Description("The impact a provider announces for its maintenance (BCOP X-MAINTNOTE-IMPACT).")
public enum MaintenanceImpact {
  @Description("No impact expected.")
  NO_IMPACT,
  @Description("Service continues, without its normal redundancy.")
  REDUCED_REDUNDANCY,
  @Description("Service continues, degraded.")
  DEGRADED,
  @Description("Service completely out (also any impact value the standard does not define).")
  OUTAGE;

  /**
   * The BCOP value ({@code NO-IMPACT}, {@code REDUCED-REDUNDANCY}, ...); absent and unknown values
   * are OUTAGE, as the standard asks ("treat x-name and iana-token values ... as OUTAGE").
   */
  static MaintenanceImpact ofBcop(String value) {
    if (value == null || value.isBlank()) {
      return OUTAGE;
    }
    String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (MaintenanceImpact impact : values()) {
      if (impact.name().equals(name)) {
        return impact;
      }
    }
    return OUTAGE;
  }
}
