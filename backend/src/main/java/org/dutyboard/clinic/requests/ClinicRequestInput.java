package org.dutyboard.clinic.requests;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ClinicRequestInput")
@Description("A clinic request to record, or its new content.")
public record ClinicRequestInput(
    @NonNull @Description("What it asks for.") RequestKind kind,
    @NonNull @Description("Short title, 1-300 characters.") String title,
    @NonNull @Description("Who asked, as named in the ticket, 1-200 characters.") String requester,
    @Id @Description("The requester as a Dutyboard person, if they are one (they may not approve).")
        UUID requesterId,
    @Description("Link to the external ticket (absolute http(s) URL).") String ticketUrl,
    @Description("Details, at most 8000 characters.") String details,
    @Description("Requested values (quotas); at most 20, each resource at most once.")
        List<QuotaChangeInput> quotaChanges,
    @Description("The clinician is unsure: send it to the weekly meeting. False if omitted.")
        Boolean unsure) {}
