package org.dutyboard.rotation.calendar;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CalendarFeed")
@Description(
    "A secret iCalendar subscription URL for one rotation or one person. The secret is shown only"
        + " once, when the feed is created.")
public record CalendarFeedView(
    @Id @NonNull @Description("Stable id (a UUID).") UUID id,
    @Id @Description("The rotation whose shifts the feed lists (or null for a person feed).")
        UUID rotationId,
    @Id @Description("The person whose shifts the feed lists (or null for a rotation feed).")
        UUID personId,
    @NonNull @Description("Who created the feed.") String author,
    @NonNull @Description("When it was created.") Instant createdAt,
    @Description("When it was revoked (its URL answers 404 since); null while active.")
        Instant revokedAt) {

  static CalendarFeedView of(CalendarFeed f) {
    return new CalendarFeedView(f.id, f.rotationId, f.personId, f.author, f.createdAt, f.revokedAt);
  }
}
