package org.dutyboard.rotation.calendar;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Serves calendar feeds to calendar apps, which subscribe with the secret URL and no login. */
@Path("/calendar")
public class CalendarFeedResource {
  static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

  @Inject CalendarFeedService feeds;

  @GET
  @Path("/{secret}.ics")
  public Response feed(@PathParam("secret") String secret) {
    return feeds
        .render(secret)
        .map(
            body ->
                Response.ok(body, CONTENT_TYPE)
                    .header("Cache-Control", "private, max-age=300")
                    .build())
        .orElseGet(
            () ->
                Response.status(Response.Status.NOT_FOUND)
                    .type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("No such calendar feed (unknown or revoked)")
                    .build());
  }
}
