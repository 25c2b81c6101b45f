package org.dutyboard.publish;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/**
 * Serves the live version of the public status site read-only at {@code /status/}, no login, with
 * the configured CORS origin so browser widgets elsewhere can read the JSON API and feeds.
 */
@Path("/status")
public class StatusSiteResource {
  @Inject PublishedSites sites;
  @Inject StatusSiteConfig config;
  @Context UriInfo uri;
  @Context Request request;

  @GET
  @Path("{path: .*}")
  public Response file(@PathParam("path") String path) {
    String origin = config.allowOrigin();
    return new PublishedFiles(
            sites,
            StatusSitePublisher.SITE,
            "public, max-age=60",
            "The status site has not been published yet.",
            "off".equals(origin) ? Map.of() : Map.of("Access-Control-Allow-Origin", origin))
        .serve(path, uri, request);
  }
}
