package org.dutyboard.rotation.coverage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("CoverageGapReason")
@Description("Why nobody holds a role during a coverage gap.")
public enum CoverageGapReason {
  @Description("The shift is skipped (e.g. no clinic duty this week).")
  SKIPPED,
  @Description(
      "The shift runs but nobody holds the role: an empty roster, or an override removed"
          + " the holder without a replacement.")
  UNFILLED;

  static CoverageGapReason of(CoverageGaps.Reason reason) {
    return valueOf(reason.name());
  }
}
