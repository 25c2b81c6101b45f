package org.dutyboard.clinic.notes;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("WeekNote")
@Description("A note on a team's week, as written in the weekly meeting pad.")
public record WeekNoteView(
    @Id @NonNull @Description("Stable id (a UUID).") UUID id,
    @Id @NonNull @Description("The team whose week it belongs to.") UUID teamId,
    @NonNull @Description("Places the note in the week (summary range) containing this instant.")
        Instant at,
    @NonNull @Description("The note.") String text,
    @Description("A link, e.g. to a ticket or a dashboard.") String link,
    @Description("Important notes are rendered in bold in the weekly summary.") boolean important,
    @NonNull @Description("Who wrote it (a person's name or a token's name).") String authorName,
    @Id @Description("The person who wrote it, if the writer acted for one.") UUID authorPersonId,
    @NonNull @Description("When it was written.") Instant createdAt,
    @NonNull @Description("When it was last changed.") Instant updatedAt,
    @Description("Version for optimistic locking; pass it back as `expectedVersion`.")
        int version) {

  static WeekNoteView of(WeekNote n) {
    return new WeekNoteView(
        n.id,
        n.teamId,
        n.at,
        n.text,
        n.link,
        n.important,
        n.authorName,
        n.authorPersonId,
        n.createdAt,
        n.updatedAt,
        (int) n.version);
  }
}
