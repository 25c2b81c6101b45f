package org.dutyboard.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.dutyboard.people.PersonView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FollowUp")
@Description("A task that came out of an incident.")
public record FollowUpView(
    @Id @NonNull @Description("Stable id (a UUID).") UUID id,
    @Id @NonNull @Description("The incident it came from.") UUID incidentId,
    @NonNull @Description("Title.") String title,
    @Description("Details.") String description,
    @Description("Who owns it; null when unowned.") PersonView owner,
    @Description("Due date (UTC).") LocalDate dueOn,
    @Description("True when open and past its due date.") boolean overdue,
    @NonNull @Description("Priority.") FollowUpPriority priority,
    @NonNull @Description("What it improves.") FollowUpKind kind,
    @NonNull @Description("Tags.") List<@NonNull String> tags,
    @Description("External ticket.") String ticketUrl,
    @NonNull @Description("Status.") FollowUpStatus status,
    @Description("Why it will not be done (WONT_DO).") String wontDoReason,
    @Description("When it was finished.") Instant completedAt,
    @Description("Version for optimistic locking; pass it back as `expectedVersion`.")
        int version) {}
