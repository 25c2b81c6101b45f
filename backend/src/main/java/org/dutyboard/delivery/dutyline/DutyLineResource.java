package org.dutyboard.delivery.dutyline;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /duty/<team>.txt} (one line per rotation) and {@code /duty/<team>.json}: who is on
 * duty now, for chat topics and wikis. Cached briefly; errors as everywhere (401, 404).
 */
@Path("/duty")
public class DutyLineResource {
  static final String MAX_AGE = "max-age=60";

  @Inject DutyLineQueries queries;

  @GET
  @Path("{slug}.txt")
  @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
  public Response text(@PathParam("slug") String slug) {
    DutyLineQueries.Answer answer = queries.now(slug);
    return cached(Response.ok(answer.view().text()), answer);
  }

  @GET
  @Path("{slug}.json")
  @Produces(MediaType.APPLICATION_JSON)
  public Response json(@PathParam("slug") String slug) {
    DutyLineQueries.Answer answer = queries.now(slug);
    return cached(Response.ok(answer.view()), answer);
  }

  private static Response cached(Response.ResponseBuilder ok, DutyLineQueries.Answer answer) {
    return ok.header(
            HttpHeaders.CACHE_CONTROL, (answer.isPublic() ? "public, " : "private, ") + MAX_AGE)
        .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
        .build();
  }
}
