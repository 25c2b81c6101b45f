package org.dutyboard.summary;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The outcome of one publish of the weekly duty report. */
@Type("WeeklyReportPublication")
@Description("The outcome of publishing the weekly duty report.")
public record WeeklyReportPublication(
    @NonNull @Description("What happened.") Outcome outcome,
    @NonNull
        @Description(
            "Paths of the week pages written, relative to /reports/, e.g."
                + " sre-core-3fa2c1d9/2026-11-23.html.")
        List<@NonNull String> pages) {

  @Enum("WeeklyReportOutcome")
  @Description("What a publish of the weekly duty report did.")
  public enum Outcome {
    @Description("New week pages were rendered, validated and went live.")
    PUBLISHED,
    @Description("Every due week was already published; nothing was written.")
    NOTHING_DUE,
    @Description("Another replica was publishing the report at that moment; nothing was done here.")
    LOCKED_ELSEWHERE
  }

  static WeeklyReportPublication lockedElsewhere() {
    return new WeeklyReportPublication(Outcome.LOCKED_ELSEWHERE, List.of());
  }
}
