package org.dutyboard.publish;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The outcome of one publish of the status site. */
@Type("StatusSitePublication")
@Description("The outcome of publishing the public status site.")
public record StatusSitePublication(
    @NonNull @Description("What happened.") StatusSitePublishOutcome outcome,
    @Description("Name of the live version directory; null when LOCKED_ELSEWHERE.") String version,
    @Description("Content hash of the public data (sha256:...); null when LOCKED_ELSEWHERE.")
        String contentHash,
    @Description("The instant the site was generated for; null when LOCKED_ELSEWHERE.")
        Instant generatedAt) {}
