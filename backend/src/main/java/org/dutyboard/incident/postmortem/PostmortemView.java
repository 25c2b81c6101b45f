package org.dutyboard.incident.postmortem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Postmortem")
@Description("The follow-up report (postmortem) of an incident.")
public record PostmortemView(
    @Id @NonNull @Description("The incident.") UUID incidentId,
    @NonNull @Description("Lifecycle state.") PostmortemState state,
    @Description("What happened, in brief.") String summary,
    @Description("Who was affected, how, and for how long.") String impact,
    @Description("The key moments.") String timelineExcerpt,
    @Description("Root cause(s).") String rootCauses,
    @Description("What went well.") String wentWell,
    @Description("What went poorly.") String wentPoorly,
    @NonNull @Description("Scorecard answers.") List<@NonNull ScoreView> scorecard,
    @Description("When it was published.") Instant publishedAt,
    @Description("Version for optimistic locking; pass it back as `expectedVersion`.")
        int version) {}
