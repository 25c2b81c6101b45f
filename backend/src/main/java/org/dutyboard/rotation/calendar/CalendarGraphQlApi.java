package org.dutyboard.rotation.calendar;

import jakarta.inject.Inject;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Calendar feed subscriptions over GraphQL. Thin: parse, call one service method. */
@GraphQLApi
@GraphQlBoundary
public class CalendarGraphQlApi {
  @Inject CalendarFeedService feeds;

  @Mutation("createCalendarFeed")
  @Description(
      "Creates a secret iCalendar URL listing the shifts of one rotation or of one person (give"
          + " exactly one id), from `dutyboard.calendar.past-weeks` ago to"
          + " `dutyboard.calendar.future-weeks` ahead. The URL is shown only now. Rotation feeds"
          + " and other people's feeds need SCHEDULER; a RESPONDER may create their own.")
  public @NonNull CreatedCalendarFeedView createCalendarFeed(
      @Id @Description("The rotation whose shifts to list.") String rotationId,
      @Id @Description("The person whose shifts (in every rotation) to list.") String personId) {
    return feeds.create(Ids.parse(rotationId, "rotationId"), Ids.parse(personId, "personId"));
  }

  @Mutation("revokeCalendarFeed")
  @Description(
      "Revokes a calendar feed: its URL answers 404 from now on. Idempotent. Needs SCHEDULER, or"
          + " being the person of a person feed (RESPONDER).")
  public @NonNull CalendarFeedView revokeCalendarFeed(
      @NonNull @Id @Description("The calendar feed.") String id) {
    return feeds.revoke(Ids.parse(id, "id"));
  }
}
