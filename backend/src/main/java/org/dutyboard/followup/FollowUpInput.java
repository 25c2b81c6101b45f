package org.dutyboard.followup;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("FollowUpInput")
@Description("A follow-up's content (replaces what was saved).")
public record FollowUpInput(
    @NonNull @Description("Title, 1-200 characters.") String title,
    @Description("Details, at most 10,000 characters.") String description,
    @Id @Description("Id of the person who owns it; omit for unowned.") String ownerId,
    @Description("Due date (UTC).") LocalDate dueOn,
    @Description("Priority; MEDIUM if omitted.") FollowUpPriority priority,
    @NonNull @Description("What it improves.") FollowUpKind kind,
    @Description("Tags from `dutyboard.followup.tags`.") List<String> tags,
    @Description("Link to the external ticket (http or https), at most 2,000 characters.")
        String ticketUrl) {}
