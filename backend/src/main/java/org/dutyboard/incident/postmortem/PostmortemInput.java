package org.dutyboard.incident.postmortem;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("PostmortemInput")
@Description(
    "The full content of an incident report (replaces what was saved). Each text at most 50,000"
        + " characters.")
public record PostmortemInput(
    @Description("What happened, in brief.") String summary,
    @Description("Who was affected, how, and for how long.") String impact,
    @Description("The key moments, usually excerpted from the timeline.") String timelineExcerpt,
    @Description("Root cause(s).") String rootCauses,
    @Description("What went well.") String wentWell,
    @Description("What went poorly.") String wentPoorly,
    @Description("Scorecard answers, at most one per question.") List<ScoreInput> scorecard) {}
