package org.dutyboard.rotation.calendar;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CreatedCalendarFeed")
@Description("A new calendar feed and its secret URL. Store the URL now: it is never shown again.")
public record CreatedCalendarFeedView(
    @NonNull
        @Description(
            "The subscription URL (`<dutyboard.public-url>/calendar/<secret>.ics`); anyone who has"
                + " it can read the feed, so share it like a password.")
        String url,
    @NonNull @Description("The feed's metadata.") CalendarFeedView feed) {}
