package org.dutyboard.clinic.notes;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("WeekNoteInput")
@Description("The content of a week note.")
public record WeekNoteInput(
    @NonNull @Description("The note, 1-4000 characters.") String text,
    @Description("An absolute http(s) link, e.g. to a ticket.") String link,
    @Description("Render it in bold in the summary; false if omitted.") Boolean important,
    @Description("Which week: any instant inside it; now if omitted.") Instant at) {}
