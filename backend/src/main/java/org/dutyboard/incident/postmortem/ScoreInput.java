package org.dutyboard.incident.postmortem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ScoreInput")
@Description("An answer to one scorecard question.")
public record ScoreInput(
    @NonNull @Description("The question.") ScorecardQuestion question,
    @NonNull @Description("The answer.") ScorecardAnswer answer,
    @Description("A short note, at most 2,000 characters.") String note) {}
