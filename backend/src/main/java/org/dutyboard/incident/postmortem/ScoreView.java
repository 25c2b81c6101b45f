package org.dutyboard.incident.postmortem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Score")
@Description("An answered scorecard question.")
public record ScoreView(
    @NonNull @Description("The question.") ScorecardQuestion question,
    @NonNull @Description("The answer.") ScorecardAnswer answer,
    @Description("A short note.") String note) {}
